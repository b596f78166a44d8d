import type { Kysely } from 'kysely';
import { jsonType } from '../portable.js';

/**
 * The kind of each rejected cell (`code`, a FieldErrorCode) and the values it names (`params`), so the
 * error report can be worded in the reader's language. Rows written before have neither and keep
 * their English `reason`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('import_errors').addColumn('code', 'text').execute();
  await db.schema.alterTable('import_errors').addColumn('params', jsonType(db)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('import_errors').dropColumn('params').execute();
  await db.schema.alterTable('import_errors').dropColumn('code').execute();
}
