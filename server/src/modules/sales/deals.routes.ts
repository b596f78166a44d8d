import type { AppInstance } from '../../app.js';
import type { AppContext } from '../../context.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { parseIfMatch, withVersionTag } from '../../platform/http/versioned-record.js';
import type { CsvColumn } from '../../platform/lists/csv-export.js';
import { listOrExport } from '../../platform/lists/list-or-export.js';
import { listQuerySchema } from '../../platform/lists/list-query.schema.js';
import type { CustomerNames } from '../companies/companies.schemas.js';
import { listFields } from '../fields/fields.repository.js';
import { idParams } from '../people/people.schemas.js';
import { createDeal } from './create-deal.js';
import { requireDeal, stageHistory } from './deals.repository.js';
import { createDealBody, type Deal, moveDealBody, updateDealBody } from './deals.schemas.js';
import { deleteDeal } from './delete-deal.js';
import { listDeals } from './list-deals.js';
import { moveDeal } from './move-deal.js';
import { updateDeal } from './update-deal.js';

const tags = ['sales'];
const CSV_COLUMNS: (keyof Deal | keyof CustomerNames)[] = [
  'id',
  'title',
  'amount',
  'currency',
  'pipelineId',
  'stageId',
  'personId',
  'personName',
  'companyId',
  'companyName',
  'ownerId',
  'expectedCloseDate',
  'lostReasonId',
  'createdAt',
];

/** The export's columns: the plain ones with the customer's names, then the custom fields. */
async function csvColumns(ctx: AppContext): Promise<CsvColumn<Deal & CustomerNames>[]> {
  const defs = await listFields(ctx.db, 'deal');
  return [
    ...CSV_COLUMNS.map((k) => ({ header: k, value: (d: Deal & CustomerNames) => d[k] })),
    ...defs.map((f) => ({ header: `custom.${f.key}`, value: (d: Deal) => d.custom[f.key] })),
  ];
}

export async function dealsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;

  app.get(
    '/api/v1/deals',
    {
      config: { permission: 'deals:read' },
      schema: {
        tags,
        summary: 'List deals (filter, sort, search; ?format=csv exports)',
        querystring: listQuerySchema,
      },
    },
    async (req, reply) =>
      listOrExport(ctx, req, reply, {
        resource: 'deals',
        list: listDeals,
        csv: { filename: 'deals.csv', columns: csvColumns },
      }),
  );

  app.post(
    '/api/v1/deals',
    {
      config: { permission: 'deals:create' },
      schema: { tags, summary: 'Create a deal', body: createDealBody },
    },
    async (req, reply) => {
      const deal = await createDeal(ctx, principalOf(req), actorOf(principalOf(req)), req.body);
      return withVersionTag(reply.status(201), deal.version).send(deal);
    },
  );

  app.get(
    '/api/v1/deals/:id',
    { config: { permission: 'deals:read' }, schema: { tags, summary: 'Get a deal', params: idParams } },
    async (req, reply) => {
      const deal = await requireDeal(ctx.db, principalOf(req), req.params.id);
      return withVersionTag(reply, deal.version).send(deal);
    },
  );

  app.get(
    '/api/v1/deals/:id/history',
    {
      config: { permission: 'deals:read' },
      schema: { tags, summary: 'Stage history of a deal, oldest first', params: idParams },
    },
    async (req) => {
      const deal = await requireDeal(ctx.db, principalOf(req), req.params.id);
      return { data: await stageHistory(ctx.db, deal.id) };
    },
  );

  app.patch(
    '/api/v1/deals/:id',
    {
      config: { permission: 'deals:update' },
      schema: {
        tags,
        summary: 'Update a deal (If-Match: <version> optional)',
        params: idParams,
        body: updateDealBody,
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const deal = await updateDeal(
        ctx,
        p,
        actorOf(p),
        req.params.id,
        req.body,
        parseIfMatch(req.headers['if-match']),
      );
      return withVersionTag(reply, deal.version).send(deal);
    },
  );

  app.post(
    '/api/v1/deals/:id/move',
    {
      config: { permission: 'deals:update' },
      schema: {
        tags,
        summary: 'Move a deal to a stage of its pipeline and/or a position',
        params: idParams,
        body: moveDealBody,
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const deal = await moveDeal(ctx, p, actorOf(p), req.params.id, req.body);
      return withVersionTag(reply, deal.version).send(deal);
    },
  );

  app.delete(
    '/api/v1/deals/:id',
    { config: { permission: 'deals:delete' }, schema: { tags, summary: 'Delete a deal', params: idParams } },
    async (req, reply) => {
      await deleteDeal(ctx, principalOf(req), actorOf(principalOf(req)), req.params.id);
      return reply.status(204).send();
    },
  );
}
