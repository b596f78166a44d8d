import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Dialect, Executor } from '../../db/database.js';
import { searchKey, tryNormalizePhone } from './contact-values.js';

/**
 * `col` starts with `prefix` (already lower-case), in a form each dialect serves from a btree:
 * a range on SQLite (binary collation; its LIKE would need NOCASE), LIKE on PostgreSQL
 * (the indexes use text_pattern_ops).
 */
export function prefixMatch(
  col: string,
  prefix: string,
  dialect: Dialect,
  /** false: the same test in a form no index serves (to keep the planner on the sort's index). */
  indexable = true,
): Expression<SqlBool> {
  const ref = sql.ref(col);
  if (dialect === 'sqlite') {
    const c = indexable ? ref : sql`+${ref}`;
    return sql<SqlBool>`(${c} >= ${prefix} and ${c} < ${`${prefix}\u{10FFFF}`})`;
  }
  const escaped = prefix.replace(/[\\%_]/g, (m) => `\\${m}`);
  const c = indexable ? ref : sql`(${ref} || '')`;
  return sql<SqlBool>`${c} like ${`${escaped}%`}`;
}

/** The whole phrase as the prefixes it is matched with: names, email (lower-case), phone (E.164). */
function terms(q: string) {
  const text = q.trim().replace(/\s+/g, ' ');
  const phone = tryNormalizePhone(text) ?? (/^\+\d{3,}$/.test(text) ? text : null);
  return { name: searchKey(text), email: text.toLowerCase(), phone };
}

/**
 * Quick search over people: the whole text matches the start of "first last" or "last first", of any
 * email, of any phone (E.164; local numbers are normalised first) or of a linked company's name.
 * The whole phrase, not word by word: "olga smi" is one selective index range, where per-word
 * matching would gather every Olga first.
 * Written as `people.id in (… union …)` rather than OR-ed EXISTS: every arm is an index range and
 * the outer lookup is by primary key, where an OR over correlated subqueries scans `people`.
 * Right for rare prefixes; for common ones see `peopleSearchPerRow`.
 */
export function peopleSearch(q: string, dialect: Dialect): Expression<SqlBool> {
  const { name, email, phone } = terms(q);
  const arms = [
    sql`select p.id from people p where ${prefixMatch('p.searchName', name, dialect)}`,
    sql`select p.id from people p where ${prefixMatch('p.searchNameRev', name, dialect)}`,
    sql`select pe.person_id from person_emails pe where ${prefixMatch('pe.email', email, dialect)}`,
    sql`select pc.person_id from person_companies pc join companies c on c.id = pc.company_id
      where ${prefixMatch('c.searchName', name, dialect)}`,
  ];
  if (phone)
    arms.push(
      sql`select pp.person_id from person_phones pp where ${prefixMatch('pp.phone', phone, dialect)}`,
    );
  const union = sql.join(arms, sql` union `);
  // PostgreSQL: an array of ids probes the primary key; `in (subquery)` lets the planner hash-join
  // the matches against a sequential scan of people once it expects ~10,000 of them (1 s at 1M).
  return dialect === 'postgres'
    ? sql<SqlBool>`people.id = any(array(${union}))`
    : sql<SqlBool>`people.id in (${union})`;
}

/** Which side-table arms can match at all (from `countMatches`); absent = check them all. */
export interface SearchArms {
  emails: boolean;
  phones: boolean;
  /** 'many': thousands of people at matching companies. */
  companies: boolean | 'many';
}

/**
 * The same matches checked row by row (columns and primary-key EXISTS). For a common prefix ("anna":
 * a twelfth of the table) the newest-first walk finds a page after a few hundred rows, where the
 * union form would gather and sort every match first. Arms known to match nobody are left out: each
 * is a probe per walked row (SQLite walks ~2,000 rows for "liepa mar", 2 probes each otherwise).
 */
export function peopleSearchPerRow(q: string, dialect: Dialect, known?: SearchArms): Expression<SqlBool> {
  const { name, email, phone } = terms(q);
  const has = known ?? { emails: true, phones: true, companies: true };
  // PostgreSQL turns an OR-ed EXISTS into a "hashed SubPlan": it first collects every match. Right
  // when there are few; for a common company name (17,000 people) OFFSET 0 keeps it a probe per
  // walked row instead (the walk stops after ~1,000 rows).
  const probe = dialect === 'postgres' && has.companies === 'many' ? sql` offset 0` : sql``;
  // The name tests are kept off their indexes: OR-ed index ranges alone ("anna": no other arm can
  // match) make both planners gather all 83,000 matches and sort them instead of walking the order.
  const arms = [
    prefixMatch('people.searchName', name, dialect, false),
    prefixMatch('people.searchNameRev', name, dialect, false),
  ];
  if (has.emails)
    arms.push(sql<SqlBool>`exists (select 1 from person_emails pe where pe.person_id = people.id
      and ${prefixMatch('pe.email', email, dialect)})`);
  if (has.companies)
    arms.push(sql<SqlBool>`exists (select 1 from person_companies pc join companies c on c.id = pc.company_id
      where pc.person_id = people.id and ${prefixMatch('c.searchName', name, dialect)}${probe})`);
  if (phone && has.phones)
    arms.push(sql<SqlBool>`exists (select 1 from person_phones pp where pp.person_id = people.id
      and ${prefixMatch('pp.phone', phone, dialect)})`);
  return sql<SqlBool>`(${sql.join(arms, sql` or `)})`;
}

/**
 * An upper bound of the number of people whose name or company name matches, counted to at most
 * `cap` per index range (cheap: each range stops after `cap` entries). Decides between the two forms
 * above. Names and company links are spread over creation time, so a common one fills a newest-first
 * page quickly. Emails and phones can cluster in time (numbering ranges, one company's domain): a
 * common prefix among old records would make the per-row walk read most of the table, so they
 * are not counted and such searches keep the union form.
 */
export async function countNameMatches(db: Executor, q: string, dialect: Dialect, cap: number) {
  const { names, companies } = await countMatches(db, q, dialect, cap);
  return names + companies;
}

/** Above this many name matches a newest-first search walks the list's order instead of sorting matches. */
export const COMMON_MATCHES = 5000;

/**
 * Which form a newest-first list (people, or records found by their person) should search `q` in:
 * the arms for `peopleSearchPerRow` when the name or company is common, else null for the union form
 * of `peopleSearch`. `sorted`: the list has another order, with no index to walk, so the union form.
 */
export async function commonSearchArms(
  db: Executor,
  q: string,
  dialect: Dialect,
  sorted: boolean,
): Promise<SearchArms | null> {
  if (sorted) return null;
  const counts = await countMatches(db, q, dialect, COMMON_MATCHES);
  if (counts.names + counts.companies < COMMON_MATCHES) return null;
  return {
    emails: counts.emails > 0,
    phones: counts.phones > 0,
    companies: counts.companies >= COMMON_MATCHES ? 'many' : counts.companies > 0,
  };
}

/**
 * Match counts per kind, each stopping at `cap` (names: two ranges, so up to 2 × cap): people by
 * name, by company name, and whether any email / phone matches. Read just before the list query,
 * not in its transaction: a contact added in between may show up one request later.
 */
export async function countMatches(db: Executor, q: string, dialect: Dialect, cap: number) {
  const { name, email, phone } = terms(q);
  const count = (r: RawBuilder<unknown>, n = cap) => sql`(select count(*) from (${r} limit ${n}) r)`;
  const names = [
    sql`select 1 from people p where ${prefixMatch('p.searchName', name, dialect)}`,
    sql`select 1 from people p where ${prefixMatch('p.searchNameRev', name, dialect)}`,
  ];
  const companies = sql`select 1 from companies c join person_companies pc on pc.company_id = c.id
    where ${prefixMatch('c.searchName', name, dialect)}`;
  const emails = sql`select 1 from person_emails pe where ${prefixMatch('pe.email', email, dialect)}`;
  const phones = phone
    ? count(sql`select 1 from person_phones pp where ${prefixMatch('pp.phone', phone, dialect)}`, 1)
    : sql`0`;
  const row = await sql<Record<'names' | 'companies' | 'emails' | 'phones', number | string>>`select
    ${sql.join(
      names.map((r) => count(r)),
      sql` + `,
    )} as names, ${count(companies)} as companies,
    ${count(emails, 1)} as emails, ${phones} as phones`.execute(db);
  const n = (k: 'names' | 'companies' | 'emails' | 'phones') => Number(row.rows[0]?.[k] ?? 0);
  return { names: n('names'), companies: n('companies'), emails: n('emails'), phones: n('phones') };
}
