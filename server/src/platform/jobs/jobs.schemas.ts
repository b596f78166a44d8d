import { z } from 'zod';

export const JobIdParams = z.object({ id: z.string().min(1).max(100) });

export const JobStatusSchema = z.enum(['queued', 'running', 'done', 'failed', 'dead']);

/** What a client polling a job (an import, a recompute) sees. */
export const JobView = z.object({
  id: z.string(),
  type: z.string(),
  status: JobStatusSchema,
  attempts: z.number().int(),
  maxAttempts: z.number().int(),
  progress: z.object({ done: z.number().nullable(), total: z.number().nullable() }),
  lastError: z.string().nullable(),
  result: z.unknown(),
  runAt: z.number().int(),
  createdAt: z.number().int(),
  updatedAt: z.number().int(),
  finishedAt: z.number().int().nullable(),
});

export type JobViewT = z.infer<typeof JobView>;
