import { AppError } from '../errors.js';

/**
 * Opaque page cursors: base64url JSON of the sort signature and the last row's sort values + id.
 * The signature ties a cursor to its sort, so a cursor replayed with another sort is a 400, not a
 * silently wrong page.
 */
export function encodeCursor(sort: string, values: unknown[]): string {
  return Buffer.from(JSON.stringify({ s: sort, v: values })).toString('base64url');
}

export function decodeCursor(cursor: string, sort: string, length: number): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw cursorError('the cursor is not valid');
  }
  const c = parsed as { s?: unknown; v?: unknown };
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray(c.v) || c.v.length !== length) {
    throw cursorError('the cursor is not valid');
  }
  if (c.s !== sort) throw cursorError('the cursor belongs to a different sort; start again without it');
  if (!c.v.every((x) => x === null || typeof x === 'string' || typeof x === 'number')) {
    throw cursorError('the cursor is not valid');
  }
  return c.v;
}

/** Either way the client cannot go on from this cursor: `invalid_cursor`, start the list again. */
function cursorError(message: string) {
  return new AppError('validation_failed', `cursor: ${message}`, {
    errors: [{ path: 'cursor', message, code: 'invalid_cursor' }],
  });
}
