import { type Kysely, sql } from 'kysely';
import { isPostgres, jsonType } from '../portable.js';

/** Contact sources, people and their identity side tables (emails, phones, external ids). */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('contact_sources')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('archived', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  const seed = ['exhibition', 'web_form', 'ebook_download', 'call', 'referral', 'website', 'other'];
  await db
    .insertInto('contact_sources')
    .values(seed.map((key, i) => ({ key, label: key.replace(/_/g, ' '), archived: 0, position: i })))
    .execute();

  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('first_name', 'text')
    .addColumn('last_name', 'text')
    .addColumn('middle_name', 'text')
    // lower("first last") and lower("last first"): prefix search on either name without a scan.
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('search_name_rev', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('birthday', 'text')
    .addColumn('gender', 'text')
    .addColumn('language', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('address', jsonType(db))
    .addColumn('tags', jsonType(db), (c) => c.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('lifecycle_stage', 'text')
    .addColumn('source', 'text', (c) => c.references('contact_sources.key'))
    .addColumn('preferred_channel', 'text')
    .addColumn('custom', jsonType(db), (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  // text_pattern_ops lets PostgreSQL use the index for `LIKE 'abc%'` under any collation.
  const ops = pg ? sql` text_pattern_ops` : sql``;
  for (const col of ['search_name', 'search_name_rev', 'email', 'phone']) {
    await sql`create index ${sql.raw(`people_${col}`)} on people (${sql.ref(col)}${ops})`.execute(db);
  }
  // Lists default to newest first (`created_at desc nulls last, id`); with visibility `own`/`team`
  // the owner comes first. NULLS LAST is spelled out so PostgreSQL can read the index in order.
  const desc = pg ? sql`desc nulls last` : sql`desc`;
  await sql`create index people_created on people (created_at ${desc}, id)`.execute(db);
  await sql`create index people_owner_created on people (owner_id, created_at ${desc}, id)`.execute(db);
  await db.schema.createIndex('people_updated').on('people').columns(['updated_at']).execute();
  // The one name sort users ask for; other sorts over a million rows are a sort, not an index walk.
  await db.schema.createIndex('people_last_name').on('people').columns(['last_name', 'id']).execute();

  await db.schema
    .createTable('person_emails')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('is_primary', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_emails_pk', ['person_id', 'email'])
    .execute();
  await sql`create index person_emails_email on person_emails (email${ops})`.execute(db);

  await db.schema
    .createTable('person_phones')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('phone', 'text', (c) => c.notNull())
    .addColumn('is_primary', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_phones_pk', ['person_id', 'phone'])
    .execute();
  await sql`create index person_phones_phone on person_phones (phone${ops})`.execute(db);

  await db.schema
    .createTable('person_external_ids')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('external_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_external_ids_pk', ['source', 'external_id'])
    .execute();
  await db.schema
    .createIndex('person_external_ids_person')
    .on('person_external_ids')
    .column('person_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['person_external_ids', 'person_phones', 'person_emails', 'people', 'contact_sources']) {
    await db.schema.dropTable(t).execute();
  }
}
