import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { withVersionTag } from '../../platform/http/versioned-record.js';
import { idParams } from '../people/people.schemas.js';
import { getTimeline } from '../timeline/get-timeline.js';
import { timelineQuery } from '../timeline/timeline.schemas.js';
import { listDealLines, totalsOf } from './deal-lines.repository.js';
import { dealLineBody, dealLinePatch, lineParams } from './deal-lines.schemas.js';
import { requireDeal } from './deals.repository.js';
import { addDealLine, changeDealLine, removeDealLine } from './save-deal-line.js';

const tags = ['sales'];

/** Line items of a deal (priced from price lists) and the deal's own timeline. */
export async function dealLinesRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  const update = { permission: 'deals:update' } as const;

  app.get(
    '/api/v1/deals/:id/lines',
    {
      config: { permission: 'deals:read' },
      schema: { tags, summary: "A deal's line items and totals", params: idParams },
    },
    async (req) => {
      const deal = await requireDeal(ctx.db, principalOf(req), req.params.id);
      const data = await listDealLines(ctx.db, deal.id);
      return { data, totals: totalsOf(data, deal.currency) };
    },
  );
  app.post(
    '/api/v1/deals/:id/lines',
    {
      config: update,
      schema: {
        tags,
        summary: 'Add a line (priced from the price list; the deal amount becomes the sum of lines)',
        params: idParams,
        body: dealLineBody,
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const { line, deal } = await addDealLine(ctx, p, actorOf(p), req.params.id, req.body);
      return withVersionTag(reply.status(201), deal.version).send(line);
    },
  );
  app.patch(
    '/api/v1/deals/:id/lines/:lineId',
    {
      config: update,
      schema: { tags, summary: 'Change a line (priced again)', params: lineParams, body: dealLinePatch },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const { line, deal } = await changeDealLine(
        ctx,
        p,
        actorOf(p),
        req.params.id,
        req.params.lineId,
        req.body,
      );
      return withVersionTag(reply, deal.version).send(line);
    },
  );
  app.delete(
    '/api/v1/deals/:id/lines/:lineId',
    { config: update, schema: { tags, summary: 'Remove a line', params: lineParams } },
    async (req, reply) => {
      const p = principalOf(req);
      await removeDealLine(ctx, p, actorOf(p), req.params.id, req.params.lineId);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/deals/:id/timeline',
    {
      config: { permission: 'deals:read' },
      schema: {
        tags,
        summary: "A deal's timeline (its events), newest first",
        params: idParams,
        querystring: timelineQuery,
      },
    },
    async (req) => {
      const deal = await requireDeal(ctx.db, principalOf(req), req.params.id);
      return getTimeline(ctx.db, { entityType: 'deal', entityId: deal.id }, req.query);
    },
  );
}
