import { type MigrationResultSet, Migrator, sql } from 'kysely';
import { type DB, dialectOf } from './database.js';
import { migrations } from './migrations/index.js';

export class MigrationError extends Error {}

/** Brings the schema to the latest version; returns the names applied now. */
export async function migrateToLatest(db: DB): Promise<string[]> {
  const migrator = new Migrator({
    db,
    // Kysely looks for its bookkeeping tables in every schema unless told which one: name ours, so
    // databases with several Rapport schemas (tests, staging) each keep their own.
    migrationTableSchema: await currentSchema(db),
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationError(`Migration ${failed} failed: ${reason}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

async function currentSchema(db: DB): Promise<string | undefined> {
  if (dialectOf(db) !== 'postgres') return undefined;
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return rows[0]?.schema;
}
