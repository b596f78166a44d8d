import { type Expression, type SqlBool, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import { columnExpression, type FieldRegistry, isStringType } from './field-registry.js';
import { caseInsensitiveLike, likeContains, likePrefix } from './like.js';

/** Extra quick-search matches for a word, e.g. phone digits: `(word, dialect) => expr | undefined`. */
export type SearchHook = (word: string, dialect: Dialect) => Expression<SqlBool> | undefined;

/**
 * `q`: every word (up to 5) must match at least one searchable field, case-insensitively, by prefix
 * or substring as the field says, or one of the hooks. Returns undefined when there is nothing to do.
 */
export function quickSearch(
  q: string,
  registry: FieldRegistry,
  dialect: Dialect,
  hooks: SearchHook[] = [],
): Expression<SqlBool> | undefined {
  const words = q.trim().split(/\s+/).filter(Boolean).slice(0, 5);
  const fields = Object.values(registry).filter((d) => d.searchable && isStringType(d.type));
  if (!words.length || (!fields.length && !hooks.length)) return undefined;
  const perWord = words.map((word) => {
    const matches: Expression<SqlBool>[] = fields.map((d) =>
      caseInsensitiveLike(
        columnExpression(d, dialect),
        d.searchable === 'prefix' ? likePrefix(word) : likeContains(word),
        dialect,
      ),
    );
    for (const hook of hooks) {
      const extra = hook(word, dialect);
      if (extra) matches.push(extra);
    }
    return sql<SqlBool>`(${sql.join(matches, sql` or `)})`;
  });
  return sql<SqlBool>`(${sql.join(perWord, sql` and `)})`;
}
