import { type Kysely, sql } from 'kysely';
import { isPostgres, jsonType } from '../portable.js';

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema
    .createTable('events')
    .addColumn('seq', pg ? 'bigserial' : 'integer', (c) =>
      pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
    )
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text')
    .addColumn('company_id', 'text')
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('occurred_at', 'bigint', (c) => c.notNull())
    .addColumn('payload', jsonType(db), (c) => c.notNull())
    // PostgreSQL: the writing transaction, so consumers never read past a transaction still open
    // (sequence numbers are handed out before commit and can become visible out of order).
    .addColumn('tx_id', 'bigint', (c) =>
      pg ? c.notNull().defaultTo(sql`pg_current_xact_id()::text::bigint`) : c,
    )
    .execute();
  await db.schema
    .createIndex('events_entity')
    .on('events')
    .columns(['entity_type', 'entity_id', 'seq'])
    .execute();
  await db.schema.createIndex('events_person').on('events').columns(['person_id', 'seq']).execute();
  await db.schema.createIndex('events_company').on('events').columns(['company_id', 'seq']).execute();
  await db.schema.createIndex('events_type').on('events').columns(['type', 'seq']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('events').execute();
}
