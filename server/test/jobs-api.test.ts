import { afterAll, beforeAll, expect, it } from 'vitest';
import { claimJobs } from '../src/platform/jobs/claim-jobs.js';
import { enqueueJob } from '../src/platform/jobs/enqueue-job.js';
import { completeJob } from '../src/platform/jobs/finish-job.js';
import { setJobProgress } from '../src/platform/jobs/job-lease.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('jobs API', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  it('shows a job as it runs and when it is done', async () => {
    const job = await enqueueJob(t.db, t.clock, { type: 'import.run', payload: { file: 'a.csv' } });
    await claimJobs(t.db, t.clock, { owner: 'w', limit: 1, leaseMs: 60_000 });
    await setJobProgress(t.db, t.clock, job.id, 'w', 40, 100);
    const running = await t.app.inject({ url: `/api/v1/jobs/${job.id}` });
    expect(running.statusCode).toBe(200);
    expect(running.json()).toMatchObject({
      id: job.id,
      type: 'import.run',
      status: 'running',
      attempts: 1,
      maxAttempts: 5,
      progress: { done: 40, total: 100 },
      lastError: null,
      finishedAt: null,
    });
    t.clock.advance(1000);
    await completeJob(t.db, t.clock, job.id, 'w', { imported: 100 });
    const done = await t.app.inject({ url: `/api/v1/jobs/${job.id}` });
    expect(done.json()).toMatchObject({
      status: 'done',
      result: { imported: 100 },
      finishedAt: t.clock.now(),
    });
  });

  it('answers 404 problem+json for an unknown job and declares jobs:read', async () => {
    const res = await t.app.inject({ url: '/api/v1/jobs/job_nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json();
    expect(doc.paths['/api/v1/jobs/{id}'].get.tags).toEqual(['jobs']);
  });
});
