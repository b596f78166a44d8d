import { type Kysely, sql } from 'kysely';
import { isPostgres, jsonType } from '../portable.js';

/** In-app notifications; `dedupe_key` makes "notify once" a unique insert. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title_key', 'text', (c) => c.notNull())
    .addColumn('params', jsonType(db), (c) => c.notNull())
    .addColumn('link', 'text')
    .addColumn('dedupe_key', 'text', (c) => c.unique())
    .addColumn('read_at', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  const desc = isPostgres(db) ? sql`desc nulls last` : sql`desc`;
  await sql`create index notifications_user_created on notifications (user_id, created_at ${desc}, id)`.execute(
    db,
  );
  await sql`create index notifications_user_unread on notifications (user_id, read_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notifications').execute();
}
