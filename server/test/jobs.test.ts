import { afterEach, beforeEach, expect, it } from 'vitest';
import { seededRandom } from '../src/platform/backoff.js';
import { claimJobs } from '../src/platform/jobs/claim-jobs.js';
import { enqueueJob } from '../src/platform/jobs/enqueue-job.js';
import { completeJob, failJob } from '../src/platform/jobs/finish-job.js';
import { type JobHandler, PermanentJobError } from '../src/platform/jobs/job-handler.js';
import { extendLease } from '../src/platform/jobs/job-lease.js';
import { JobRunner } from '../src/platform/jobs/job-runner.js';
import { getJob } from '../src/platform/jobs/jobs.repository.js';
import { createTestContext, describeEachDialect, type TestContext } from './context.js';

const LEASE = 30_000;

describeEachDialect('durable jobs', (dialect) => {
  let t: TestContext;
  beforeEach(async () => {
    t = await createTestContext(dialect);
  });
  afterEach(() => t.close());

  it('enqueues, claims due jobs only, and completes them with a result', async () => {
    const a = await enqueueJob(t.db, t.clock, { type: 'mail', payload: { to: 'a@x.lv' } });
    const later = await enqueueJob(t.db, t.clock, {
      type: 'mail',
      payload: { to: 'b@x.lv' },
      runAt: t.clock.now() + 60_000,
    });
    await enqueueJob(t.db, t.clock, { type: 'other', payload: {} });
    expect(a).toMatchObject({ status: 'queued', attempts: 0, maxAttempts: 5, payload: { to: 'a@x.lv' } });

    const claimed = await claimJobs(t.db, t.clock, {
      owner: 'w1',
      types: ['mail'],
      limit: 10,
      leaseMs: LEASE,
    });
    expect(claimed.map((j) => j.id)).toEqual([a.id]);
    expect(claimed[0]).toMatchObject({
      status: 'running',
      attempts: 1,
      leaseOwner: 'w1',
      leaseUntil: t.clock.now() + LEASE,
    });
    expect(
      await claimJobs(t.db, t.clock, { owner: 'w2', types: ['mail'], limit: 10, leaseMs: LEASE }),
    ).toEqual([]);

    expect(await completeJob(t.db, t.clock, a.id, 'w2', { sent: true })).toBe(false); // not the lease holder
    expect(await completeJob(t.db, t.clock, a.id, 'w1', { sent: true })).toBe(true);
    expect(await getJob(t.db, a.id)).toMatchObject({
      status: 'done',
      result: { sent: true },
      leaseOwner: null,
      finishedAt: t.clock.now(),
    });

    t.clock.advance(60_000);
    const next = await claimJobs(t.db, t.clock, { owner: 'w1', types: ['mail'], limit: 10, leaseMs: LEASE });
    expect(next.map((j) => j.id)).toEqual([later.id]);
  });

  it('deduplicates by idempotency key', async () => {
    const first = await enqueueJob(t.db, t.clock, {
      type: 'send',
      payload: { n: 1 },
      idempotencyKey: 'send:42',
    });
    const again = await enqueueJob(t.db, t.clock, {
      type: 'send',
      payload: { n: 2 },
      idempotencyKey: 'send:42',
    });
    await enqueueJob(t.db, t.clock, { type: 'send', payload: { n: 3 } });
    await enqueueJob(t.db, t.clock, { type: 'send', payload: { n: 4 } });
    expect(again.id).toBe(first.id);
    expect(again.payload).toEqual({ n: 1 });
    const rows = await t.db.selectFrom('jobs').select('id').execute();
    expect(rows).toHaveLength(3);
  });

  it('claims a job again when its worker dies (lease expires); heartbeats keep it', async () => {
    const job = await enqueueJob(t.db, t.clock, { type: 'import', payload: {}, maxAttempts: 2 });
    await claimJobs(t.db, t.clock, { owner: 'dies', limit: 1, leaseMs: LEASE });
    t.clock.advance(LEASE - 1);
    expect(await claimJobs(t.db, t.clock, { owner: 'w2', limit: 1, leaseMs: LEASE })).toEqual([]);
    expect(await extendLease(t.db, t.clock, job.id, 'dies', LEASE)).toBe(true);
    t.clock.advance(LEASE - 1);
    expect(await claimJobs(t.db, t.clock, { owner: 'w2', limit: 1, leaseMs: LEASE })).toEqual([]);
    t.clock.advance(1);
    const again = await claimJobs(t.db, t.clock, { owner: 'w2', limit: 1, leaseMs: LEASE });
    expect(again).toMatchObject([{ id: job.id, attempts: 2, leaseOwner: 'w2' }]);
    // The dead worker lost the job: its heartbeat and completion are refused.
    expect(await extendLease(t.db, t.clock, job.id, 'dies', LEASE)).toBe(false);
    expect(await completeJob(t.db, t.clock, job.id, 'dies')).toBe(false);
    // w2 dies too, on the last allowed attempt: the job is dead rather than retried forever.
    t.clock.advance(LEASE);
    expect(await claimJobs(t.db, t.clock, { owner: 'w3', limit: 1, leaseMs: LEASE })).toEqual([]);
    expect(await getJob(t.db, job.id)).toMatchObject({
      status: 'dead',
      attempts: 2,
      lastError: expect.stringContaining('lease expired'),
    });
  });

  it('retries a failing job with exponential backoff, then marks it dead', async () => {
    const errors: unknown[] = [];
    const failing: JobHandler = {
      type: 'flaky',
      handle: async () => {
        throw new Error('smtp down');
      },
    };
    const runner = new JobRunner(t, [failing], {
      owner: 'w1',
      random: () => 1,
      onError: (e) => errors.push(e),
    });
    const job = await enqueueJob(t.db, t.clock, { type: 'flaky', payload: {}, maxAttempts: 3 });

    expect(await runner.tick()).toHaveLength(1);
    const start = t.clock.now();
    expect(await getJob(t.db, job.id)).toMatchObject({
      status: 'queued',
      attempts: 1,
      lastError: 'smtp down',
      runAt: start + 10_000,
    });
    t.clock.advance(9_999);
    expect(await runner.tick()).toHaveLength(0);
    t.clock.advance(1);
    expect(await runner.tick()).toHaveLength(1);
    expect(await getJob(t.db, job.id)).toMatchObject({
      status: 'queued',
      attempts: 2,
      runAt: t.clock.now() + 20_000,
    });
    t.clock.advance(20_000);
    expect(await runner.tick()).toHaveLength(1);
    expect(await getJob(t.db, job.id)).toMatchObject({
      status: 'dead',
      attempts: 3,
      finishedAt: t.clock.now(),
    });
    t.clock.advance(10 * 60_000);
    expect(await runner.tick()).toHaveLength(0);
    expect(errors).toHaveLength(3);
  });

  it('jitters the backoff from the injected random source, never below half the ceiling', async () => {
    const random = seededRandom(7);
    const delays: number[] = [];
    for (let i = 0; i < 20; i++) {
      const job = await enqueueJob(t.db, t.clock, { type: 'j', payload: { i } });
      await claimJobs(t.db, t.clock, { owner: 'w', limit: 1, leaseMs: LEASE });
      expect(await failJob(t.db, t.clock, job.id, 'w', 'x', { random })).toBe('retry');
      delays.push((await getJob(t.db, job.id))!.runAt - t.clock.now());
    }
    expect(delays.every((d) => d >= 5_000 && d <= 10_000)).toBe(true);
    expect(new Set(delays).size).toBeGreaterThan(10);
  });

  it('runs a handler with progress and stores its result; a permanent error is not retried', async () => {
    const handlers: JobHandler[] = [
      {
        type: 'count',
        handle: async (job, { progress, heartbeat, signal }) => {
          expect(signal.aborted).toBe(false);
          // A long step: progress renews the 60 s lease, so another worker cannot take the job.
          t.clock.advance(50_000);
          await progress(5, 10);
          t.clock.advance(20_000);
          expect(
            await claimJobs(t.db, t.clock, { owner: 'thief', types: ['count'], limit: 5, leaseMs: LEASE }),
          ).toEqual([]);
          expect(await heartbeat()).toBe(true);
          return { counted: (job.payload as { n: number }).n };
        },
      },
      {
        type: 'bad',
        handle: async () => {
          throw new PermanentJobError('no such file');
        },
      },
    ];
    const runner = new JobRunner(t, handlers, { owner: 'w1' });
    const ok = await enqueueJob(t.db, t.clock, { type: 'count', payload: { n: 3 } });
    const bad = await enqueueJob(t.db, t.clock, { type: 'bad', payload: {} });
    await runner.tick();
    expect(await getJob(t.db, ok.id)).toMatchObject({
      status: 'done',
      progressDone: 5,
      progressTotal: 10,
      result: { counted: 3 },
    });
    expect(await getJob(t.db, bad.id)).toMatchObject({
      status: 'failed',
      attempts: 1,
      lastError: 'no such file',
    });
  });
});
