/** Reads the header and the first rows of a CSV (RFC 4180 quotes; `,` or `;`) for the mapping step. */
export function previewCsv(text: string, maxRows = 5): { header: string[]; rows: string[][] } {
  const src = text.replace(/^\uFEFF/, '');
  const firstLine = src.slice(0, src.indexOf('\n') >>> 0);
  // The server's rule (imports/csv-delimiter.ts): more ";" than "," outside quotes.
  const bare = firstLine.replace(/"[^"]*"/g, '');
  const sep = (bare.match(/;/g)?.length ?? 0) > (bare.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < src.length && records.length <= maxRows; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    records.push(row);
  }
  const [header = [], ...rows] = records.filter((r) => r.some((c) => c.trim()));
  return { header: header.map((h) => h.trim()), rows: rows.slice(0, maxRows) };
}
