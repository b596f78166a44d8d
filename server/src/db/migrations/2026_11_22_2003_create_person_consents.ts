import type { Kysely } from 'kysely';

/** The current consent per person and purpose (history is on the event log), and the stop-list. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('person_consents')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('text_version', 'text')
    .addColumn('changed_at', 'bigint', (c) => c.notNull())
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addPrimaryKeyConstraint('person_consents_pk', ['person_id', 'purpose'])
    .execute();
  await db.schema
    .createIndex('person_consents_purpose')
    .on('person_consents')
    .columns(['purpose', 'status'])
    .execute();

  await db.schema
    .createTable('suppressions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('suppressions_channel_value', ['channel', 'value'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('suppressions').execute();
  await db.schema.dropTable('person_consents').execute();
}
