import type { Kysely } from 'kysely';
import { jsonType } from '../portable.js';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('payload', jsonType(db), (c) => c.notNull())
    // queued | running | done | failed | dead
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('run_at', 'bigint', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('lease_owner', 'text')
    .addColumn('lease_until', 'bigint')
    // NULLs never collide, so only keyed jobs are deduplicated.
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('last_error', 'text')
    .addColumn('progress_done', 'bigint')
    .addColumn('progress_total', 'bigint')
    .addColumn('result', jsonType(db))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('finished_at', 'bigint')
    .execute();
  // The two claim paths: due queued jobs, and running jobs whose lease ran out.
  await db.schema.createIndex('jobs_due').on('jobs').columns(['status', 'run_at']).execute();
  await db.schema.createIndex('jobs_lease').on('jobs').columns(['status', 'lease_until']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('jobs').execute();
}
