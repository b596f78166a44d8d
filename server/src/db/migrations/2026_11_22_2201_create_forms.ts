import type { Kysely } from 'kysely';
import { jsonType } from '../portable.js';

/** Web-to-lead forms and the round-robin cursor per form (fair across restarts and nodes). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('forms')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('fields', jsonType(db), (c) => c.notNull())
    .addColumn('consents', jsonType(db), (c) => c.notNull())
    .addColumn('assignment', jsonType(db), (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('redirect_url', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('form_assignment_state')
    .addColumn('form_id', 'text', (c) => c.primaryKey().references('forms.id').onDelete('cascade'))
    .addColumn('last_user_id', 'text')
    .addColumn('counter', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('form_assignment_state').execute();
  await db.schema.dropTable('forms').execute();
}
