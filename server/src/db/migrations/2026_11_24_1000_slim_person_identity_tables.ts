import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../portable.js';

/**
 * Fewer b-trees per imported person (docs/benchmarks.md, "People import"):
 * - SQLite: the email, phone and external-id side tables become WITHOUT ROWID, so each row lives in
 *   its primary-key b-tree instead of a rowid table plus a primary-key index (3 inserts fewer per
 *   person, ~40,000 pages fewer at 1M people). PostgreSQL tables are heaps either way.
 * - Both: `events_company` indexes only events that name a company; person events (most of the log)
 *   left a NULL entry each. `company_id = ?` implies `is not null`, so both planners still use it.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) {
    await rebuildWithoutRowid(
      db,
      'person_emails',
      'email',
      'is_primary integer not null, position integer not null',
    );
    await rebuildWithoutRowid(
      db,
      'person_phones',
      'phone',
      'is_primary integer not null, position integer not null',
    );
    await sql`create table person_external_ids_new (
      person_id text not null references people (id) on delete cascade,
      source text not null,
      external_id text not null,
      constraint person_external_ids_pk primary key (source, external_id)
    ) without rowid`.execute(db);
    await sql`insert into person_external_ids_new (person_id, source, external_id)
      select person_id, source, external_id from person_external_ids`.execute(db);
    await sql`drop table person_external_ids`.execute(db);
    await sql`alter table person_external_ids_new rename to person_external_ids`.execute(db);
    await sql`create index person_external_ids_person on person_external_ids (person_id)`.execute(db);
  }
  await sql`drop index events_company`.execute(db);
  await sql`create index events_company on events (company_id, seq) where company_id is not null`.execute(db);
}

/** `table` (person_id, `value`, …) keyed by (person_id, value), with its index on `value`. */
async function rebuildWithoutRowid(db: Kysely<any>, table: string, value: string, rest: string) {
  const next = `${table}_new`;
  await sql`create table ${sql.raw(next)} (
    person_id text not null references people (id) on delete cascade,
    ${sql.raw(value)} text not null,
    ${sql.raw(rest)},
    constraint ${sql.raw(`${table}_pk`)} primary key (person_id, ${sql.raw(value)})
  ) without rowid`.execute(db);
  await sql`insert into ${sql.raw(next)} select person_id, ${sql.raw(value)}, is_primary, position
    from ${sql.raw(table)}`.execute(db);
  await sql`drop table ${sql.raw(table)}`.execute(db);
  await sql`alter table ${sql.raw(next)} rename to ${sql.raw(table)}`.execute(db);
  await sql`create index ${sql.raw(`${table}_${value}`)} on ${sql.raw(table)} (${sql.raw(value)})`.execute(
    db,
  );
}

/** The tables keep their columns and keys either way; only the full index comes back. */
export async function down(db: Kysely<any>): Promise<void> {
  await sql`drop index events_company`.execute(db);
  await sql`create index events_company on events (company_id, seq)`.execute(db);
}
