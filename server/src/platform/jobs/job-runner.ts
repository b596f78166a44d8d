import type { AppContext } from '../../context.js';
import type { DB } from '../../db/database.js';
import type { RandomSource } from '../backoff.js';
import { claimJobs } from './claim-jobs.js';
import { completeJob, failJob } from './finish-job.js';
import { type JobHandler, PermanentJobError } from './job-handler.js';
import { extendLease, setJobProgress } from './job-lease.js';
import { fireDueSchedules } from './job-schedules.js';
import type { Job } from './jobs.repository.js';

export interface JobRunnerOptions {
  owner: string;
  /** Jobs claimed (and run concurrently) per tick. */
  batchSize?: number;
  leaseMs?: number;
  /** Wait between ticks when nothing was claimed (ms of real time). */
  pollMs?: number;
  random?: RandomSource;
  /** Fire due cron schedules at the start of each tick (default true). */
  schedules?: boolean;
  /** A connection of its own (e.g. a worker process); default ctx.db. */
  db?: DB;
  onError?: (error: unknown, job?: Job) => void;
}

export const JOB_LEASE_MS = 60_000;

/** Claims and runs jobs. Tests call `tick()` with a ManualClock; `start()` loops with setTimeout. */
export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private readonly db: DB;
  private stopping = new AbortController();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private started = false;

  constructor(
    private readonly ctx: AppContext,
    handlers: JobHandler[],
    private readonly opts: JobRunnerOptions,
  ) {
    for (const h of handlers) this.register(h);
    this.db = opts.db ?? ctx.db;
  }

  register(handler: JobHandler): void {
    if (this.handlers.has(handler.type)) throw new Error(`Job type ${handler.type} registered twice`);
    this.handlers.set(handler.type, handler);
  }

  /** Fires due schedules, claims one batch of registered types and runs it. Returns the jobs run. */
  async tick(): Promise<Job[]> {
    if (this.opts.schedules !== false) await fireDueSchedules(this.db, this.ctx.clock);
    if (this.handlers.size === 0) return [];
    const jobs = await claimJobs(this.db, this.ctx.clock, {
      owner: this.opts.owner,
      types: [...this.handlers.keys()],
      limit: this.opts.batchSize ?? 4,
      leaseMs: this.leaseMs,
    });
    await Promise.all(jobs.map((job) => this.run(job)));
    return jobs;
  }

  start(): void {
    if (this.started) return;
    this.started = true;
    this.stopping = new AbortController();
    this.schedule(0);
  }

  /** Stops claiming, signals running handlers, and waits for the tick in flight. */
  async stop(): Promise<void> {
    this.started = false;
    if (this.timer) clearTimeout(this.timer);
    this.stopping.abort();
    await this.running;
  }

  private get leaseMs(): number {
    return this.opts.leaseMs ?? JOB_LEASE_MS;
  }

  private async run(job: Job): Promise<void> {
    const { db } = this;
    const { clock } = this.ctx;
    const { owner } = this.opts;
    const lost = new AbortController();
    const signal = AbortSignal.any([this.stopping.signal, lost.signal]);
    const heartbeat = async () => {
      const held = await extendLease(db, clock, job.id, owner, this.leaseMs);
      if (!held) lost.abort();
      return held;
    };
    // Real-time heartbeat so a slow handler that never calls heartbeat() keeps its lease.
    const beat = setInterval(() => void heartbeat().catch(() => {}), Math.max(1000, this.leaseMs / 3));
    beat.unref();
    try {
      const handler = this.handlers.get(job.type)!;
      const result = await handler.handle(job, {
        ctx: this.ctx,
        signal,
        heartbeat,
        progress: async (done, total) => {
          if (!(await setJobProgress(db, clock, job.id, owner, done, total, this.leaseMs))) lost.abort();
        },
      });
      await completeJob(db, clock, job.id, owner, result);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const permanent = err instanceof PermanentJobError;
      await failJob(db, clock, job.id, owner, message, { random: this.opts.random, permanent }).catch((e) =>
        this.opts.onError?.(e, job),
      );
      this.opts.onError?.(err, job);
    } finally {
      clearInterval(beat);
    }
  }

  private schedule(ms: number): void {
    if (!this.started) return;
    this.timer = setTimeout(() => {
      this.running = this.tick()
        .catch((err) => {
          this.opts.onError?.(err);
          return [];
        })
        .then((jobs) => this.schedule(jobs.length > 0 ? 0 : (this.opts.pollMs ?? 1000)));
    }, ms);
  }
}
