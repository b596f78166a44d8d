import type { Executor } from '../../db/database.js';
import { toJson } from '../../db/json.js';
import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import { getJobByKey, type Job, toJob } from './jobs.repository.js';

export interface NewJob<P = unknown> {
  type: string;
  payload: P;
  /** Not before this time (epoch ms); default now. */
  runAt?: number;
  /** Same key twice → the first job is returned and nothing new is queued. */
  idempotencyKey?: string;
  /** Claims allowed before the job is dead (default 5). */
  maxAttempts?: number;
}

export const DEFAULT_MAX_ATTEMPTS = 5;

/**
 * Queues a job. Pass the transaction of the change that calls for it, so the job exists exactly
 * when the change does.
 *
 * @example await enqueueJob(trx, ctx.clock, { type: 'import.run', payload: { importId }, idempotencyKey: `import:${importId}` })
 */
export async function enqueueJob<P>(db: Executor, clock: Clock, job: NewJob<P>): Promise<Job<P>> {
  const now = clock.now();
  const row = await db
    .insertInto('jobs')
    .values({
      id: newId('job'),
      type: job.type,
      payload: toJson(job.payload),
      status: 'queued',
      runAt: job.runAt ?? now,
      attempts: 0,
      maxAttempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      idempotencyKey: job.idempotencyKey ?? null,
      createdAt: now,
      updatedAt: now,
    })
    .onConflict((oc) => oc.column('idempotencyKey').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (row) return toJob<P>(row);
  // The key was taken: hand back the job that already owns it.
  const existing = await getJobByKey(db, job.idempotencyKey!);
  if (!existing) throw new Error(`Job with idempotency key ${job.idempotencyKey} vanished`);
  return existing as Job<P>;
}
