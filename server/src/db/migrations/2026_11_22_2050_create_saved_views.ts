import type { Kysely } from 'kysely';
import { jsonType } from '../portable.js';

/** Saved list views (filter + sort + columns) per user, optionally shared with the owner's teams. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('saved_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('filter', jsonType(db))
    .addColumn('sort', 'text')
    .addColumn('columns', jsonType(db), (c) => c.notNull())
    .addColumn('shared', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  // "Mine" and "shared by one of these owners" are both probes by owner.
  await db.schema
    .createIndex('saved_views_owner')
    .on('saved_views')
    .columns(['owner_id', 'entity', 'shared'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('saved_views').execute();
}
