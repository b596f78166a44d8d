import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DB } from '../src/db/database.js';
import { enqueueJob } from '../src/platform/jobs/enqueue-job.js';
import type { JobHandler } from '../src/platform/jobs/job-handler.js';
import { JobRunner } from '../src/platform/jobs/job-runner.js';
import { createTestContext, describeEachDialect, reopen, type TestContext } from './context.js';

describeEachDialect('job claiming under concurrency', (dialect) => {
  let t: TestContext;
  let other: DB;
  beforeAll(async () => {
    t = await createTestContext(dialect);
    other = dialect === 'postgres' ? await reopen(t) : t.db;
  });
  afterAll(async () => {
    if (other !== t.db) await other.destroy();
    await t.close();
  });

  it('two runners on separate connections run each of 200 jobs exactly once', async () => {
    for (let i = 0; i < 200; i++) await enqueueJob(t.db, t.clock, { type: 'work', payload: { i } });
    const runs = new Map<string, string[]>();
    const handler = (who: string): JobHandler => ({
      type: 'work',
      handle: async (job) => {
        runs.set(job.id, [...(runs.get(job.id) ?? []), who]);
        await new Promise((r) => setImmediate(r));
      },
    });
    const a = new JobRunner(t, [handler('a')], { owner: 'a', batchSize: 3 });
    const b = new JobRunner(t, [handler('b')], { owner: 'b', batchSize: 3, db: other });
    const loop = async (runner: JobRunner) => {
      while ((await runner.tick()).length > 0) {}
    };
    await Promise.all([loop(a), loop(b), loop(a), loop(b)]);
    expect(runs.size).toBe(200);
    expect([...runs.values()].every((who) => who.length === 1)).toBe(true);
    const done = await t.db.selectFrom('jobs').select('id').where('status', '=', 'done').execute();
    expect(done).toHaveLength(200);
    if (dialect === 'postgres') {
      const byA = [...runs.values()].filter((w) => w[0] === 'a').length;
      expect(byA).toBeGreaterThan(0);
      expect(byA).toBeLessThan(200);
    }
  });
});
