import type { Selectable } from 'kysely';

export type JobStatus = 'queued' | 'running' | 'done' | 'failed' | 'dead';

export interface JobsTable {
  id: string;
  type: string;
  payload: unknown;
  status: JobStatus;
  runAt: number;
  /** Claims so far (a claim counts even when the worker dies before finishing). */
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

export interface JobSchedulesTable {
  name: string;
  cron: string;
  /** IANA zone the cron expression is read in, e.g. `Europe/Riga`. */
  timezone: string;
  jobType: string;
  payload: unknown;
  nextRunAt: number;
  enabled: number;
  createdAt: number;
  updatedAt: number;
}

export type JobRow = Selectable<JobsTable>;
export type JobScheduleRow = Selectable<JobSchedulesTable>;
