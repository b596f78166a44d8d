import { validationError } from '../errors.js';

/**
 * Records edited with optimistic concurrency carry a `version`; it travels as the ETag (`"3"`) and
 * comes back as If-Match, so a stale write answers 412 instead of overwriting a newer one.
 */

/** Sets the ETag of a reply to the record version (`"3"`); returns the reply to send on. */
export function withVersionTag<R extends { header(key: string, value: string): R }>(
  reply: R,
  version: number,
): R {
  return reply.header('etag', `"${version}"`);
}

/** Reads `If-Match: 3`, `"3"` or `W/"3"` as a version number; absent → undefined. */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const raw = (Array.isArray(header) ? header[0] : header)?.trim() ?? '';
  const m = /^(?:W\/)?"?(\d+)"?$/.exec(raw);
  if (!m) throw validationError('If-Match', 'must be the record version, e.g. "3"', 'invalid_format');
  return Number(m[1]);
}
