import { type Expression, type SqlBool, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { SearchHook } from '../../platform/lists/quick-search.js';
import { tryNormalizePhone } from './contact-values.js';

/**
 * `col` starts with `prefix` (already lower-case), in a form each dialect serves from a btree:
 * a range on SQLite (binary collation; its LIKE would need NOCASE), LIKE on PostgreSQL
 * (the indexes use text_pattern_ops).
 */
export function prefixMatch(col: string, prefix: string, dialect: Dialect): Expression<SqlBool> {
  if (dialect === 'sqlite')
    return sql<SqlBool>`(${sql.ref(col)} >= ${prefix} and ${sql.ref(col)} < ${`${prefix}\u{10FFFF}`})`;
  const escaped = prefix.replace(/[\\%_]/g, (m) => `\\${m}`);
  return sql<SqlBool>`${sql.ref(col)} like ${`${escaped}%`}`;
}

/**
 * Quick search over people: each word matches the start of "first last" or "last first", of any
 * email, of any phone (E.164; local numbers are normalised first) or of a linked company's name.
 */
export const peopleSearchHooks: SearchHook[] = [
  (word, dialect) => {
    const w = word.toLowerCase();
    const phone = tryNormalizePhone(word) ?? (/^\+\d{3,}$/.test(word) ? word : null);
    const parts: Expression<SqlBool>[] = [
      prefixMatch('people.searchName', w, dialect),
      prefixMatch('people.searchNameRev', w, dialect),
      sql<SqlBool>`exists (select 1 from person_emails pe where pe.person_id = people.id and ${prefixMatch('pe.email', w, dialect)})`,
      sql<SqlBool>`exists (select 1 from person_companies pc join companies c on c.id = pc.company_id
        where pc.person_id = people.id and ${prefixMatch('c.searchName', w, dialect)})`,
    ];
    if (phone) {
      parts.push(
        sql<SqlBool>`exists (select 1 from person_phones pp where pp.person_id = people.id and ${prefixMatch('pp.phone', phone, dialect)})`,
      );
    }
    return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
  },
];
