import { type Kysely, sql } from 'kysely';
import { type DB, dialectOf } from './database.js';
import { migrations } from './migrations/index.js';

export class MigrationError extends Error {}

const TABLE = 'rapport_migrations';

/**
 * Brings the schema to the latest version; returns the names applied now.
 *
 * Our own small runner rather than Kysely's Migrator: that one looks its bookkeeping table up through
 * catalog introspection of *every* schema, which breaks while another schema of the same PostgreSQL
 * database is being dropped (parallel test runs, staging copies). Here everything stays in the current
 * schema: one transaction, a lock (a per-schema advisory lock on PostgreSQL, the write lock on
 * SQLite), then each pending migration in name order.
 */
export async function migrateToLatest(db: DB): Promise<string[]> {
  const raw = db as unknown as Kysely<any>;
  await raw.schema
    .createTable(TABLE)
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('executed_at', 'bigint', (c) => c.notNull())
    .execute();
  return raw.transaction().execute(async (trx) => {
    if (dialectOf(db) === 'postgres') {
      await sql`select pg_advisory_xact_lock(hashtext(current_schema()))`.execute(trx);
    } else {
      // Take SQLite's write lock first, so two processes migrating at once queue instead of failing.
      await sql`update ${sql.table(TABLE)} set name = name where 0 = 1`.execute(trx);
    }
    const done = new Set(
      (await trx.selectFrom(TABLE).select('name').execute()).map((r: { name: string }) => r.name),
    );
    const applied: string[] = [];
    for (const name of Object.keys(migrations).sort()) {
      if (done.has(name)) continue;
      try {
        await migrations[name]!.up(trx);
      } catch (err) {
        const reason = err instanceof Error ? err.message : String(err);
        throw new MigrationError(`Migration ${name} failed: ${reason}`);
      }
      await trx.insertInto(TABLE).values({ name, executed_at: Date.now() }).execute();
      applied.push(name);
    }
    return applied;
  });
}
