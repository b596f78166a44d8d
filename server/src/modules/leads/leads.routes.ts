import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { parseIfMatch, withVersionTag } from '../../platform/http/versioned-record.js';
import { listOrExport } from '../../platform/lists/list-or-export.js';
import { listQuerySchema } from '../../platform/lists/list-query.schema.js';
import { idParams } from '../people/people.schemas.js';
import { convertLead } from './convert-lead.js';
import { createLead } from './create-lead.js';
import { deleteLead } from './delete-lead.js';
import { findLead } from './leads.repository.js';
import { convertLeadBody, createLeadBody, type Lead, updateLeadBody } from './leads.schemas.js';
import { listLeads } from './list-leads.js';
import { updateLead } from './update-lead.js';

const tags = ['leads'];
const CSV_COLUMNS: (keyof Lead)[] = [
  'id',
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyName',
  'source',
  'status',
  'ownerId',
  'interest',
  'score',
  'personId',
  'dealId',
  'createdAt',
];

export async function leadsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;

  app.get(
    '/api/v1/leads',
    {
      config: { permission: 'leads:read' },
      schema: {
        tags,
        summary: 'List leads (filter, sort e.g. -score; ?format=csv exports)',
        querystring: listQuerySchema,
      },
    },
    async (req, reply) =>
      listOrExport(ctx, req, reply, {
        resource: 'leads',
        list: listLeads,
        csv: {
          filename: 'leads.csv',
          columns: () => CSV_COLUMNS.map((k) => ({ header: k, value: (l: Lead) => l[k] as unknown })),
        },
      }),
  );

  app.post(
    '/api/v1/leads',
    {
      config: { permission: 'leads:create' },
      schema: { tags, summary: 'Create a lead', body: createLeadBody },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const lead = await createLead(ctx, p, actorOf(p), req.body);
      return withVersionTag(reply.status(201), lead.version).send(lead);
    },
  );

  app.get(
    '/api/v1/leads/:id',
    { config: { permission: 'leads:read' }, schema: { tags, summary: 'Get a lead', params: idParams } },
    async (req, reply) => {
      const lead = await findLead(ctx.db, principalOf(req), req.params.id);
      if (!lead) throw notFound('Lead', req.params.id);
      return withVersionTag(reply, lead.version).send(lead);
    },
  );

  app.get(
    '/api/v1/leads/:id/score-history',
    {
      config: { permission: 'leads:read' },
      schema: { tags, summary: 'Score history of a lead, oldest first', params: idParams },
    },
    async (req) => {
      const lead = await findLead(ctx.db, principalOf(req), req.params.id);
      if (!lead) throw notFound('Lead', req.params.id);
      const rows = await ctx.db
        .selectFrom('leadScoreHistory')
        .select(['at', 'score', 'reason'])
        .where('leadId', '=', lead.id)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return { data: rows.map((r) => ({ at: Number(r.at), score: Number(r.score), reason: r.reason })) };
    },
  );

  app.patch(
    '/api/v1/leads/:id',
    {
      config: { permission: 'leads:update' },
      schema: { tags, summary: 'Update a lead (If-Match optional)', params: idParams, body: updateLeadBody },
    },
    async (req, reply) => {
      const p = principalOf(req);
      const ifMatch = parseIfMatch(req.headers['if-match']);
      const lead = await updateLead(ctx, p, actorOf(p), req.params.id, req.body, ifMatch);
      return withVersionTag(reply, lead.version).send(lead);
    },
  );

  app.post(
    '/api/v1/leads/:id/convert',
    {
      config: { permission: 'leads:update' },
      schema: {
        tags,
        summary: 'Convert a lead to a person (+ company, deal)',
        params: idParams,
        body: convertLeadBody,
      },
    },
    async (req) => {
      const p = principalOf(req);
      return convertLead(ctx, p, actorOf(p), req.params.id, req.body);
    },
  );

  app.delete(
    '/api/v1/leads/:id',
    { config: { permission: 'leads:delete' }, schema: { tags, summary: 'Delete a lead', params: idParams } },
    async (req, reply) => {
      const p = principalOf(req);
      await deleteLead(ctx, p, actorOf(p), req.params.id);
      return reply.status(204).send();
    },
  );
}
