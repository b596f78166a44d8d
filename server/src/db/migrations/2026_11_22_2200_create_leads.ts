import { type Kysely, sql } from 'kysely';
import { isPostgres, jsonType } from '../portable.js';

/** Leads, their scoring rules and score history. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('leads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('first_name', 'text')
    .addColumn('last_name', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('company_name', 'text')
    .addColumn('source', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text')
    .addColumn('interest', 'text')
    .addColumn('score', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('deal_id', 'text', (c) => c.references('deals.id').onDelete('set null'))
    .addColumn('custom', jsonType(db), (c) => c.notNull())
    .addColumn('consents', jsonType(db), (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  const desc = isPostgres(db) ? sql`desc nulls last` : sql`desc`;
  await sql`create index leads_created on leads (created_at ${desc}, id)`.execute(db);
  await sql`create index leads_owner_created on leads (owner_id, created_at ${desc}, id)`.execute(db);
  await sql`create index leads_score on leads (score ${desc}, id)`.execute(db);
  await db.schema.createIndex('leads_email').on('leads').column('email').execute();
  await db.schema.createIndex('leads_phone').on('leads').column('phone').execute();
  await db.schema.createIndex('leads_person').on('leads').column('person_id').execute();

  await db.schema
    .createTable('lead_score_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('lead_id', 'text', (c) => c.notNull().references('leads.id').onDelete('cascade'))
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('lead_score_history_lead')
    .on('lead_score_history')
    .columns(['lead_id', 'at'])
    .execute();

  await db.schema
    .createTable('lead_scoring_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('condition', jsonType(db))
    .addColumn('event_type', 'text')
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('half_life_days', 'integer')
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('lead_scoring_rules').execute();
  await db.schema.dropTable('lead_score_history').execute();
  await db.schema.dropTable('leads').execute();
}
