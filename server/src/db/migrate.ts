import { type MigrationResultSet, Migrator, sql } from 'kysely';
import { type DB, dialectOf } from './database.js';
import { migrations } from './migrations/index.js';

export class MigrationError extends Error {}

/** Brings the schema to the latest version; returns the names applied now. */
export async function migrateToLatest(db: DB): Promise<string[]> {
  // PostgreSQL: name the schema, or Kysely's existence check sees migration tables in *other* schemas
  // of the same database (e.g. parallel test runs) and skips creating its own.
  const schema =
    dialectOf(db) === 'postgres'
      ? (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s
      : undefined;
  const migrator = new Migrator({
    db,
    ...(schema ? { migrationTableSchema: schema } : {}),
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    // Kysely looks for its tables in every schema unless told one; with several schemas in one
    // database (tests, other tenants) it would find another schema's table and skip creating its own.
    ...(dialectOf(db) === 'postgres' ? { migrationTableSchema: await currentSchema(db) } : {}),
  });
  const result: MigrationResultSet = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    const reason = result.error instanceof Error ? result.error.message : String(result.error);
    throw new MigrationError(`Migration ${failed} failed: ${reason}`);
  }
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

async function currentSchema(db: DB): Promise<string> {
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  const schema = rows[0]?.schema;
  if (!schema) throw new MigrationError('PostgreSQL has no current schema (check search_path)');
  return schema;
}
