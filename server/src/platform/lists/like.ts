import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';

/** Escapes LIKE wildcards so user input matches literally (`50%` finds "50%", not "500"). */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export const likeContains = (s: string) => `%${escapeLike(s.toLowerCase())}%`;
export const likePrefix = (s: string) => `${escapeLike(s.toLowerCase())}%`;

/**
 * Case-insensitive LIKE with the same answer on both dialects. The pattern is lower-cased in JS;
 * SQLite's own lower() only folds ASCII, so it uses `rapport_lower` (JS toLowerCase, registered in
 * db/database.ts); PostgreSQL's lower() folds Unicode under a UTF-8 ctype.
 */
export function caseInsensitiveLike(
  col: Expression<unknown>,
  pattern: string,
  dialect: Dialect,
): RawBuilder<SqlBool> {
  return dialect === 'sqlite'
    ? sql<SqlBool>`rapport_lower(${col}) like ${pattern} escape '\\'`
    : sql<SqlBool>`lower(${col}) like ${pattern} escape '\\'`;
}
