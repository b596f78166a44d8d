import type { AppContext } from '../../context.js';
import type { Job } from './jobs.repository.js';

export interface JobTools {
  ctx: AppContext;
  /** Aborted when the runner stops or the job's lease is lost: stop soon, the job will be retried. */
  signal: AbortSignal;
  /** Renews the lease; call it between chunks of a long job. Returns false when the lease is lost. */
  heartbeat(): Promise<boolean>;
  /** Records progress for UIs (`done` of `total` units) and renews the lease. */
  progress(done: number, total: number | null): Promise<void>;
}

/**
 * Runs one type of job. Handlers must be safe to run again: a worker can die after the effect and
 * before `completeJob`, so the job runs twice. Give external side effects an idempotency key
 * (e.g. the job id). Throw to fail the attempt (retried with backoff); the return value is stored
 * as the job's result.
 */
export interface JobHandler<P = unknown> {
  type: string;
  handle(job: Job<P>, tools: JobTools): Promise<unknown>;
}

/** Throw this from a handler when retrying cannot help (bad input): the job ends `failed`. */
export class PermanentJobError extends Error {}
