import fs from 'node:fs';

export type CsvDelimiter = ',' | ';';

/**
 * The separator of a CSV by its header line: `;` when it has more semicolons than commas outside
 * quotes (what
 * Excel writes where the decimal mark is a comma: Latvian, Russian), else `,`. The wizard's preview
 * (web csv-preview.ts) decides the same way, so the import reads the columns the user mapped.
 */
export function delimiterOf(headerLine: string): CsvDelimiter {
  // Separators inside quoted headers ("Street, city") do not count.
  const bare = headerLine.replace(/"[^"]*"/g, '');
  const count = (ch: string) => bare.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** The separator of the file at `filePath`, from its first line (within the first 64 KiB). */
export function fileDelimiter(filePath: string): CsvDelimiter {
  const fd = fs.openSync(filePath, 'r');
  try {
    const buf = Buffer.alloc(64 * 1024);
    const n = fs.readSync(fd, buf, 0, buf.length, 0);
    const text = buf.subarray(0, n).toString('utf8');
    const end = text.search(/\r?\n/);
    return delimiterOf(end === -1 ? text : text.slice(0, end));
  } finally {
    fs.closeSync(fd);
  }
}
