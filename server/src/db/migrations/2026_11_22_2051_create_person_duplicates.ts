import { type Kysely, sql } from 'kysely';
import { jsonType } from '../portable.js';

/**
 * Merged people stay as tombstones (`merged_into_id`) so old links and URLs lead to the survivor;
 * `person_duplicates` is the queue of candidate pairs (first_id < second_id, one row per pair).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('people').addColumn('merged_into_id', 'text').execute();
  await db.schema.alterTable('people').addColumn('merged_at', 'bigint').execute();
  // Partial: only tombstones. A full index would tempt both planners to serve `merged_into_id is
  // null` (every live person) from it instead of the newest-first index (test/people-indexes).
  await db.schema
    .createIndex('people_merged_into')
    .on('people')
    .column('merged_into_id')
    .where(sql.ref('merged_into_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('person_duplicates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('first_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('second_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('reasons', jsonType(db), (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('resolved_at', 'bigint')
    .addColumn('resolved_by', 'text')
    .addUniqueConstraint('person_duplicates_pair', ['first_id', 'second_id'])
    .execute();
  await db.schema
    .createIndex('person_duplicates_second')
    .on('person_duplicates')
    .column('second_id')
    .execute();
  // The queue: open pairs, best score first.
  await db.schema
    .createIndex('person_duplicates_queue')
    .on('person_duplicates')
    .columns(['status', 'score', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('person_duplicates').execute();
  await db.schema.dropIndex('people_merged_into').execute();
  await db.schema.alterTable('people').dropColumn('merged_at').execute();
  await db.schema.alterTable('people').dropColumn('merged_into_id').execute();
}
