import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { dialectOf, type Executor } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import type { Clock } from '../clock.js';
import { type Job, toJob } from './jobs.repository.js';

export interface ClaimOptions {
  /** This worker's id; written as lease_owner. */
  owner: string;
  /** Only these job types (the ones this worker can run). */
  types?: string[];
  limit: number;
  /** How long the claim holds without a heartbeat. */
  leaseMs: number;
}

/**
 * Claims up to `limit` runnable jobs: queued ones that are due, and running ones whose lease ran
 * out (their worker died). Each claim counts as an attempt. A job whose lease ran out after its last
 * allowed attempt is marked dead instead of being run again.
 *
 * PostgreSQL: `SELECT … FOR UPDATE SKIP LOCKED` in a short transaction, so concurrent workers on
 * several nodes each get different jobs without waiting on each other. SQLite: one atomic
 * `UPDATE … WHERE id IN (SELECT …) RETURNING` (SQLite has a single writer).
 */
export async function claimJobs(db: Executor, clock: Clock, opts: ClaimOptions): Promise<Job[]> {
  const now = clock.now();
  if (opts.types?.length === 0) return [];
  await buryAbandoned(db, now, opts.types);
  const claim = {
    status: 'running' as const,
    leaseOwner: opts.owner,
    leaseUntil: now + opts.leaseMs,
    updatedAt: now,
    attempts: sql<number>`attempts + 1`,
  };
  if (dialectOf(db) === 'postgres') {
    const run = async (trx: Executor) => {
      const ids = await trx
        .selectFrom('jobs')
        .select('id')
        .where((eb) => runnable(eb, now, opts.types))
        .orderBy('runAt')
        .orderBy('id')
        .limit(opts.limit)
        .forUpdate()
        .skipLocked()
        .execute();
      if (ids.length === 0) return [];
      return trx
        .updateTable('jobs')
        .set(claim)
        .where(
          'id',
          'in',
          ids.map((r) => r.id),
        )
        .returningAll()
        .execute();
    };
    const rows = db.isTransaction ? await run(db) : await db.transaction().execute(run);
    return rows.sort((a, b) => a.runAt - b.runAt).map((r) => toJob(r));
  }
  const rows = await db
    .updateTable('jobs')
    .set(claim)
    .where('id', 'in', (eb) =>
      eb
        .selectFrom('jobs')
        .select('id')
        .where((w) => runnable(w, now, opts.types))
        .orderBy('runAt')
        .limit(opts.limit),
    )
    .returningAll()
    .execute();
  return rows.sort((a, b) => a.runAt - b.runAt).map((r) => toJob(r));
}

function runnable(
  eb: ExpressionBuilder<Database, 'jobs'>,
  now: number,
  types?: string[],
): Expression<SqlBool> {
  const due = eb.or([
    eb.and([eb('status', '=', 'queued'), eb('runAt', '<=', now)]),
    eb.and([
      eb('status', '=', 'running'),
      eb('leaseUntil', '<=', now),
      eb('attempts', '<', eb.ref('maxAttempts')),
    ]),
  ]);
  return types ? eb.and([due, eb('type', 'in', types)]) : due;
}

/** Running jobs whose worker died on their last allowed attempt: dead, not retried forever. */
async function buryAbandoned(db: Executor, now: number, types?: string[]): Promise<void> {
  let q = db
    .updateTable('jobs')
    .set({
      status: 'dead',
      leaseOwner: null,
      leaseUntil: null,
      lastError: sql<string>`coalesce(last_error, 'lease expired: the worker stopped')`,
      updatedAt: now,
      finishedAt: now,
    })
    .where('status', '=', 'running')
    .where('leaseUntil', '<=', now)
    .whereRef('attempts', '>=', 'maxAttempts');
  if (types) q = q.where('type', 'in', types);
  await q.execute();
}
