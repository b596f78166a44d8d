import { type Expression, type SqlBool, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import { searchKey, tryNormalizePhone } from './contact-values.js';

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
 * Quick search over people: the whole text matches the start of "first last" or "last first", of any
 * email, of any phone (E.164; local numbers are normalised first) or of a linked company's name.
 * The whole phrase, not word by word: "olga smi" is one selective index range, where per-word
 * matching would gather every Olga first.
 * Written as `people.id in (… union …)` rather than OR-ed EXISTS: every arm is an index range and
 * the outer lookup is by primary key, where an OR over correlated subqueries scans `people`.
 */
export function peopleSearch(q: string, dialect: Dialect): Expression<SqlBool> {
  const text = q.trim().replace(/\s+/g, ' ');
  const w = text.toLowerCase();
  const name = searchKey(text);
  const phone = tryNormalizePhone(text) ?? (/^\+\d{3,}$/.test(text) ? text : null);
  const arms = [
    sql`select p.id from people p where ${prefixMatch('p.searchName', name, dialect)}`,
    sql`select p.id from people p where ${prefixMatch('p.searchNameRev', name, dialect)}`,
    sql`select pe.person_id from person_emails pe where ${prefixMatch('pe.email', w, dialect)}`,
    sql`select pc.person_id from person_companies pc join companies c on c.id = pc.company_id
      where ${prefixMatch('c.searchName', name, dialect)}`,
  ];
  if (phone)
    arms.push(
      sql`select pp.person_id from person_phones pp where ${prefixMatch('pp.phone', phone, dialect)}`,
    );
  return sql<SqlBool>`people.id in (${sql.join(arms, sql` union `)})`;
}
