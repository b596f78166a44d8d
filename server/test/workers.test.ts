import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { systemActor } from '../src/platform/actor.js';
import { appendEvent } from '../src/platform/events/append-event.js';
import { getConsumer } from '../src/platform/events/event-consumers.repository.js';
import { enqueueJob } from '../src/platform/jobs/enqueue-job.js';
import { getJob } from '../src/platform/jobs/jobs.repository.js';
import { startWorkers } from '../src/platform/workers.js';
import { createTestContext, describeEachDialect, type TestContext } from './context.js';

describeEachDialect('startWorkers', (dialect) => {
  let t: TestContext;
  beforeEach(async () => {
    t = await createTestContext(dialect);
  });
  afterEach(() => t.close());

  it('runs jobs and consumers in the background, creates schedules, and releases leases on stop', async () => {
    const job = await enqueueJob(t.db, t.clock, { type: 'echo', payload: { say: 'hi' } });
    await appendEvent(t.db, t.clock, systemActor, { type: 'x.y', entityType: 'x', entityId: 'x1' });
    const seen: string[] = [];
    const workers = await startWorkers(t, {
      owner: 'node-1',
      pollMs: 5,
      jobHandlers: [{ type: 'echo', handle: async (j) => j.payload }],
      consumers: [{ name: 'seen', handle: async (evs) => void seen.push(...evs.map((e) => e.type)) }],
      schedules: [{ name: 'nightly', cron: '0 3 * * *', timezone: 'Europe/Riga', type: 'echo' }],
    });
    try {
      await vi.waitFor(async () => expect((await getJob(t.db, job.id))?.status).toBe('done'), {
        timeout: 5000,
      });
      await vi.waitFor(() => expect(seen).toEqual(['x.y']), { timeout: 5000 });
      expect(await getJob(t.db, job.id)).toMatchObject({ result: { say: 'hi' } });
      const schedule = await t.db.selectFrom('jobSchedules').selectAll().executeTakeFirst();
      expect(schedule).toMatchObject({ name: 'nightly', jobType: 'echo', enabled: 1 });
    } finally {
      await workers.stop();
    }
    expect(await getConsumer(t.db, 'seen')).toMatchObject({ position: 1, leaseOwner: null });
  });
});
