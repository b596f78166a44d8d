import crypto from 'node:crypto';
import os from 'node:os';
import type { AppContext } from '../context.js';
import { ConsumerRunner } from './events/consumer-runner.js';
import type { EventConsumer } from './events/run-consumer-batch.js';
import type { JobHandler } from './jobs/job-handler.js';
import { JobRunner } from './jobs/job-runner.js';
import { ensureSchedule, type ScheduleSpec } from './jobs/job-schedules.js';

export interface WorkerSetup {
  jobHandlers: JobHandler[];
  consumers: EventConsumer[];
  /** Cron schedules to create or update at start (idempotent on every node). */
  schedules?: ScheduleSpec[];
  /** Defaults to `<host>:<pid>:<random>`; must differ between processes. */
  owner?: string;
  pollMs?: number;
  log?: { error(obj: object, msg: string): void };
}

export interface Workers {
  owner: string;
  jobs: JobRunner;
  consumers: ConsumerRunner;
  /** Stops both loops, waits for work in flight and gives consumer leases back. */
  stop(): Promise<void>;
}

/** A lease owner id unique to this process, readable in the jobs table when debugging. */
export function workerOwner(): string {
  return `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`;
}

/**
 * Starts the job runner and the event consumers in this process. Both poll with `setTimeout`, keep
 * their transactions short and their batches small, so on SQLite (one writer, same thread as HTTP)
 * requests are never held up for long. Heavy jobs should still move their work off this thread.
 */
export async function startWorkers(ctx: AppContext, setup: WorkerSetup): Promise<Workers> {
  const owner = setup.owner ?? workerOwner();
  for (const schedule of setup.schedules ?? []) await ensureSchedule(ctx.db, ctx.clock, schedule);
  const jobs = new JobRunner(ctx, setup.jobHandlers, {
    owner,
    pollMs: setup.pollMs,
    onError: (err, job) => setup.log?.error({ err, jobId: job?.id, jobType: job?.type }, 'job failed'),
  });
  const consumers = new ConsumerRunner(ctx, setup.consumers, {
    owner,
    pollMs: setup.pollMs,
    onError: (consumer, err) => setup.log?.error({ err, consumer }, 'event consumer failed'),
  });
  jobs.start();
  consumers.start();
  return {
    owner,
    jobs,
    consumers,
    async stop() {
      await Promise.all([jobs.stop(), consumers.stop()]);
    },
  };
}
