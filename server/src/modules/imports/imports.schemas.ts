import { z } from 'zod';

export const createImportQuery = z.object({
  entity: z.enum(['people', 'companies', 'orders']),
  /** `Column=field,Other=custom.key`, as the CLI's --map. */
  mapping: z.string().max(10_000).optional(),
});

export const importIdParams = z.object({ id: z.string() });

export const ImportView = z.object({
  id: z.string(),
  entity: z.string(),
  status: z.string(),
  jobId: z.string().nullable(),
  progress: z.object({ done: z.number(), total: z.number().nullable() }),
  counts: z.object({ created: z.number(), updated: z.number(), unchanged: z.number(), failed: z.number() }),
  error: z.string().nullable(),
  createdAt: z.number(),
  finishedAt: z.number().nullable(),
});
export type ImportViewT = z.infer<typeof ImportView>;
