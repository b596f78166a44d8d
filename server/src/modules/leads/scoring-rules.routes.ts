import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { idParams } from '../people/people.schemas.js';
import { scoringRuleBody } from './leads.schemas.js';
import { saveScoringRule } from './save-scoring-rule.js';
import { listRules } from './scoring-rules.repository.js';

const tags = ['leads'];

/** Lead scoring rules: field rules (a filter over lead fields) and event rules (with decay). */
export async function scoringRulesRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  app.get(
    '/api/v1/lead-scoring-rules',
    { config: { permission: 'leads:read' }, schema: { tags, summary: 'List lead scoring rules' } },
    async () => ({ data: await listRules(ctx.db) }),
  );
  app.post(
    '/api/v1/lead-scoring-rules',
    {
      config: { permission: 'leads:manage' },
      schema: { tags, summary: 'Create a lead scoring rule', body: scoringRuleBody },
    },
    async (req, reply) =>
      reply.status(201).send(await saveScoringRule(ctx, actorOf(principalOf(req)), null, req.body)),
  );
  app.put(
    '/api/v1/lead-scoring-rules/:id',
    {
      config: { permission: 'leads:manage' },
      schema: { tags, summary: 'Replace a lead scoring rule', params: idParams, body: scoringRuleBody },
    },
    async (req) => saveScoringRule(ctx, actorOf(principalOf(req)), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/lead-scoring-rules/:id',
    {
      config: { permission: 'leads:manage' },
      schema: { tags, summary: 'Delete a lead scoring rule', params: idParams },
    },
    async (req, reply) => {
      await ctx.db.transaction().execute(async (trx) => {
        const gone = await trx
          .deleteFrom('leadScoringRules')
          .where('id', '=', req.params.id)
          .executeTakeFirst();
        if (Number(gone.numDeletedRows) !== 1) throw notFound('Scoring rule', req.params.id);
        await appendEvent(trx, ctx.clock, actorOf(principalOf(req)), {
          type: 'lead_scoring_rule.deleted',
          entityType: 'lead_scoring_rule',
          entityId: req.params.id,
        });
      });
      return reply.status(204).send();
    },
  );
}
