import type { Kysely } from 'kysely';

/** The name of the uploaded file, so the import history shows which file each import was. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('imports').addColumn('file_name', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('imports').dropColumn('file_name').execute();
}
