import type { Executor } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import type { JobRow, JobStatus } from './jobs.table.js';

/** A job as the rest of the code sees it: JSON parsed. */
export interface Job<P = unknown> {
  id: string;
  type: string;
  payload: P;
  status: JobStatus;
  runAt: number;
  attempts: number;
  maxAttempts: number;
  leaseOwner: string | null;
  leaseUntil: number | null;
  idempotencyKey: string | null;
  lastError: string | null;
  progressDone: number | null;
  progressTotal: number | null;
  result: unknown;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
}

export function toJob<P = unknown>(row: JobRow): Job<P> {
  return {
    ...row,
    payload: fromJson<P>(row.payload),
    result: row.result == null ? null : fromJson(row.result),
  };
}

export async function getJob(db: Executor, id: string): Promise<Job | undefined> {
  const row = await db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toJob(row) : undefined;
}

export async function getJobByKey(db: Executor, idempotencyKey: string): Promise<Job | undefined> {
  const row = await db
    .selectFrom('jobs')
    .selectAll()
    .where('idempotencyKey', '=', idempotencyKey)
    .executeTakeFirst();
  return row ? toJob(row) : undefined;
}
