import type { Executor } from '../../db/database.js';
import { toJson } from '../../db/json.js';
import { type BackoffOptions, backoffMs, type RandomSource } from '../backoff.js';
import type { Clock } from '../clock.js';

/** Retry delays: 10 s, 20 s, 40 s … up to 1 h (with jitter, see backoffMs). */
export const JOB_RETRY: BackoffOptions = { baseMs: 10_000, maxMs: 60 * 60_000 };

/**
 * Marks a claimed job done. Only the lease holder can finish it: returns false when the lease was
 * lost (it expired and another worker took the job), in which case the result is not recorded.
 */
export async function completeJob(
  db: Executor,
  clock: Clock,
  id: string,
  owner: string,
  result?: unknown,
): Promise<boolean> {
  const now = clock.now();
  const res = await db
    .updateTable('jobs')
    .set({
      status: 'done',
      result: result === undefined ? null : toJson(result),
      leaseOwner: null,
      leaseUntil: null,
      lastError: null,
      updatedAt: now,
      finishedAt: now,
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('leaseOwner', '=', owner)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

export interface FailOptions {
  random?: RandomSource;
  backoff?: BackoffOptions;
  /** Give up now (a permanent error such as bad input): status `failed`, no retry. */
  permanent?: boolean;
}

export type FailOutcome = 'retry' | 'dead' | 'failed' | 'lost';

/**
 * Records a failed attempt. Before max_attempts the job is queued again at now + backoff; after the
 * last attempt it is `dead` (kept for inspection, never claimed again).
 */
export async function failJob(
  db: Executor,
  clock: Clock,
  id: string,
  owner: string,
  error: string,
  opts: FailOptions = {},
): Promise<FailOutcome> {
  const now = clock.now();
  const job = await db
    .selectFrom('jobs')
    .select(['attempts', 'maxAttempts'])
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('leaseOwner', '=', owner)
    .executeTakeFirst();
  if (!job) return 'lost';
  const outcome: FailOutcome = opts.permanent ? 'failed' : job.attempts >= job.maxAttempts ? 'dead' : 'retry';
  const finished = outcome !== 'retry';
  const runAt = finished
    ? undefined
    : now + backoffMs(job.attempts, opts.random ?? Math.random, opts.backoff ?? JOB_RETRY);
  const res = await db
    .updateTable('jobs')
    .set({
      status: finished ? outcome : 'queued',
      ...(runAt !== undefined ? { runAt } : {}),
      lastError: error.slice(0, 4000),
      leaseOwner: null,
      leaseUntil: null,
      updatedAt: now,
      finishedAt: finished ? now : null,
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('leaseOwner', '=', owner)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1 ? outcome : 'lost';
}
