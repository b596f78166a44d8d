import { type Kysely, sql } from 'kysely';
import { isPostgres, jsonType } from '../portable.js';

/** Deals (money in minor units + currency) and their stage history (one row per move, with time). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('deals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('search_title', 'text', (c) => c.notNull())
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('pipeline_id', 'text', (c) => c.notNull().references('pipelines.id'))
    .addColumn('stage_id', 'text', (c) => c.notNull().references('pipeline_stages.id'))
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('company_id', 'text', (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('owner_id', 'text')
    .addColumn('expected_close_date', 'text')
    .addColumn('lost_reason_id', 'text', (c) => c.references('lost_reasons.id'))
    .addColumn('stage_entered_at', 'bigint', (c) => c.notNull())
    .addColumn('closed_at', 'bigint')
    .addColumn('custom', jsonType(db), (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  const desc = isPostgres(db) ? sql`desc nulls last` : sql`desc`;
  await sql`create index deals_created on deals (created_at ${desc}, id)`.execute(db);
  await sql`create index deals_owner_created on deals (owner_id, created_at ${desc}, id)`.execute(db);
  await db.schema.createIndex('deals_stage').on('deals').columns(['stage_id', 'position']).execute();
  await db.schema
    .createIndex('deals_pipeline_close')
    .on('deals')
    .columns(['pipeline_id', 'expected_close_date'])
    .execute();
  await db.schema.createIndex('deals_person').on('deals').column('person_id').execute();
  await db.schema.createIndex('deals_company').on('deals').column('company_id').execute();

  await db.schema
    .createTable('deal_stage_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('pipeline_id', 'text', (c) => c.notNull())
    .addColumn('from_stage_id', 'text')
    .addColumn('to_stage_id', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('by', 'text')
    .execute();
  await db.schema
    .createIndex('deal_stage_history_deal')
    .on('deal_stage_history')
    .columns(['deal_id', 'at'])
    .execute();
  await db.schema
    .createIndex('deal_stage_history_pipeline')
    .on('deal_stage_history')
    .columns(['pipeline_id', 'at'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('deal_stage_history').execute();
  await db.schema.dropTable('deals').execute();
}
