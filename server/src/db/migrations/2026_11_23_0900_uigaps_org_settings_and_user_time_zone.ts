import type { Kysely } from 'kysely';
import { jsonType } from '../portable.js';

/**
 * Organisation settings as key/value rows (one key per setting, JSON value), and a per-user time zone.
 * Key/value keeps unrelated settings in separate rows, so features add keys without migrations.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('org_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', jsonType(db), (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .execute();
  // Null = not set: the web falls back to the browser's zone, the server to UTC.
  await db.schema.alterTable('users').addColumn('time_zone', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('time_zone').execute();
  await db.schema.dropTable('org_settings').execute();
}
