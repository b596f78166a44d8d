/** Content types an upload may have, detected from its bytes (never from its name or header). */
export const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;
export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** How many leading bytes the sniffer looks at (enough for an OOXML zip's first entries). */
export const SNIFF_BYTES = 8192;

const starts = (b: Buffer, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (b: Buffer, s: string, at = 0) => b.subarray(at, at + s.length).toString('latin1') === s;

/** Executables and scripts are refused whatever they are called. */
function isExecutable(b: Buffer): boolean {
  return (
    starts(b, [0x4d, 0x5a]) || // MZ: Windows PE, DOS
    starts(b, [0x7f, 0x45, 0x4c, 0x46]) || // ELF
    starts(b, [0xfe, 0xed, 0xfa, 0xce]) ||
    starts(b, [0xfe, 0xed, 0xfa, 0xcf]) ||
    starts(b, [0xce, 0xfa, 0xed, 0xfe]) ||
    starts(b, [0xcf, 0xfa, 0xed, 0xfe]) || // Mach-O
    starts(b, [0xca, 0xfe, 0xba, 0xbe]) || // Mach-O fat / Java class
    ascii(b, '#!') // shell scripts
  );
}

function isUtf8Text(b: Buffer, complete: boolean): boolean {
  if (b.includes(0)) return false;
  // A multi-byte character may be cut at the end of the sample: ignore up to 3 trailing bytes.
  const sample = complete ? b : b.subarray(0, Math.max(0, b.length - 3));
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample);
    return true;
  } catch {
    return false;
  }
}

/**
 * The real content type of an upload from its first bytes, or null when the type is not allowed.
 * `filename` only tells CSV from plain text and names an OOXML file whose parts are not in the
 * sample; it never makes bytes of another type acceptable (a .png of PDF bytes is a PDF).
 * `complete` says the sample is the whole file.
 */
export function sniffType(head: Buffer, filename: string, complete: boolean): string | null {
  if (head.length === 0 || isExecutable(head)) return null;
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (starts(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (ascii(head, 'GIF87a') || ascii(head, 'GIF89a')) return 'image/gif';
  if (ascii(head, 'RIFF') && ascii(head, 'WEBP', 8)) return 'image/webp';
  if (ascii(head, '%PDF-')) return 'application/pdf';
  if (starts(head, [0x50, 0x4b, 0x03, 0x04]) || starts(head, [0x50, 0x4b, 0x05, 0x06])) {
    const names = head.toString('latin1');
    const ext = filename.toLowerCase().split('.').pop();
    if (names.includes('word/') || (ext === 'docx' && names.includes('[Content_Types].xml'))) return DOCX;
    if (names.includes('xl/') || (ext === 'xlsx' && names.includes('[Content_Types].xml'))) return XLSX;
    if (names.includes('ppt/') || (ext === 'pptx' && names.includes('[Content_Types].xml'))) return PPTX;
    return 'application/zip';
  }
  if (isUtf8Text(head, complete)) return filename.toLowerCase().endsWith('.csv') ? 'text/csv' : 'text/plain';
  return null;
}
