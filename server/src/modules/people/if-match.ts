import { validationError } from '../../platform/errors.js';

/** Reads `If-Match: 3`, `"3"` or `W/"3"` as a version number; absent → undefined. */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const raw = (Array.isArray(header) ? header[0] : header)?.trim() ?? '';
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(raw);
  if (!m) throw validationError('If-Match', 'must be the record version, e.g. "3"');
  return Number(m[1]);
}
