import { z } from 'zod';
import type { AppInstance } from '../../../app.js';
import { principalOf } from '../../../platform/auth/auth.hook.js';
import { actorOf } from '../../../platform/auth/principal.js';
import { mergePeopleBody } from '../merge/merge.schemas.js';
import { mergePeople } from '../merge/merge-people.js';
import { dismissDuplicate } from './dismiss-duplicate.js';
import { listDuplicates } from './list-duplicates.js';
import { enqueueDuplicateScan } from './scan-duplicates.job.js';

const tags = ['people'];
const listQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(1000).optional(),
  status: z.enum(['open', 'dismissed', 'merged']).default('open'),
  personId: z.string().optional(),
});

/** The duplicates queue, full rescans, dismissals and the merge itself. */
export async function duplicatesRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;

  app.get(
    '/api/v1/people/duplicates',
    {
      config: { permission: 'people:read' },
      schema: { tags, summary: 'Candidate duplicate pairs, best score first', querystring: listQuery },
    },
    async (req) => listDuplicates(ctx.db, principalOf(req), req.query),
  );

  app.post(
    '/api/v1/people/duplicates/scan',
    {
      config: { permission: 'people:manage' },
      schema: { tags, summary: 'Queue a full duplicate rescan (a job; poll /jobs/:id)' },
    },
    async (_req, reply) => {
      const job = await enqueueDuplicateScan(ctx.db, ctx);
      return reply.status(202).send({ jobId: job.id, status: job.status });
    },
  );

  app.post(
    '/api/v1/people/duplicates/:pairId/dismiss',
    {
      config: { permission: 'people:update' },
      schema: {
        tags,
        summary: 'Not duplicates: drop the pair from the queue for good',
        params: z.object({ pairId: z.string() }),
      },
    },
    async (req) => {
      const principal = principalOf(req);
      return dismissDuplicate(ctx, principal, actorOf(principal), req.params.pairId);
    },
  );

  app.post(
    '/api/v1/people/merge',
    {
      config: { permission: 'people:update' },
      schema: { tags, summary: 'Merge one person into another (one transaction)', body: mergePeopleBody },
    },
    async (req) => {
      const principal = principalOf(req);
      return mergePeople(ctx, principal, actorOf(principal), req.body);
    },
  );
}
