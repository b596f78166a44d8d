import type { AppInstance } from '../../app.js';
import { notFound } from '../errors.js';
import { getJob, type Job } from './jobs.repository.js';
import { JobIdParams, JobView, type JobViewT } from './jobs.schemas.js';

/** Read-only job status, polled by the web app for imports, exports and recomputes. */
export async function jobsRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/jobs/:id',
    {
      config: { permission: 'jobs:read' },
      schema: {
        tags: ['jobs'],
        summary: 'Status, progress and result of a background job',
        params: JobIdParams,
        response: { 200: JobView },
      },
    },
    async (req) => {
      const job = await getJob(app.ctx.db, req.params.id);
      if (!job) throw notFound('Job', req.params.id);
      return toView(job);
    },
  );
}

function toView(job: Job): JobViewT {
  return {
    id: job.id,
    type: job.type,
    status: job.status,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    progress: { done: job.progressDone, total: job.progressTotal },
    lastError: job.lastError,
    result: job.result,
    runAt: job.runAt,
    createdAt: job.createdAt,
    updatedAt: job.updatedAt,
    finishedAt: job.finishedAt,
  };
}
