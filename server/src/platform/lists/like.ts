import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';

/** Escapes LIKE wildcards so user input matches literally (`50%` finds "50%", not "500"). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export const likeContains = (s: string) => `%${escapeLike(s.toLowerCase())}%`;
export const likePrefix = (s: string) => `${escapeLike(s.toLowerCase())}%`;

/** Printable ASCII only (anything else takes the Unicode path, which is always correct). */
const ASCII = /^[ -~]*$/;

/**
 * Case-insensitive LIKE with the same answer on both dialects. The pattern is lower-cased in JS.
 * PostgreSQL's lower() folds Unicode under a UTF-8 ctype. SQLite's lower() and LIKE fold ASCII only,
 * so a non-ASCII pattern goes through `rapport_lower` (JS toLowerCase, registered in db/database.ts);
 * an ASCII pattern uses native LIKE, which already ignores ASCII case and is several times faster
 * than a call into JS per row (quick search scans whole tables).
 */
export function caseInsensitiveLike(
  col: Expression<unknown>,
  pattern: string,
  dialect: Dialect,
): RawBuilder<SqlBool> {
  if (dialect === 'postgres') return sql<SqlBool>`lower(${col}) like ${pattern} escape '\\'`;
  return ASCII.test(pattern)
    ? sql<SqlBool>`${col} like ${pattern} escape '\\'`
    : sql<SqlBool>`rapport_lower(${col}) like ${pattern} escape '\\'`;
}
