import { type Kysely, sql } from 'kysely';

/** Merged companies stay as tombstones pointing at the survivor, like people. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('companies').addColumn('merged_into_id', 'text').execute();
  await db.schema.alterTable('companies').addColumn('merged_at', 'bigint').execute();
  // Partial, for the same reason as people_merged_into: never a candidate for "is null".
  await db.schema
    .createIndex('companies_merged_into')
    .on('companies')
    .column('merged_into_id')
    .where(sql.ref('merged_into_id'), 'is not', null)
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('companies_merged_into').execute();
  await db.schema.alterTable('companies').dropColumn('merged_at').execute();
  await db.schema.alterTable('companies').dropColumn('merged_into_id').execute();
}
