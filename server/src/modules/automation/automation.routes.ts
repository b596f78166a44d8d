import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import type { Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound, validationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { validateFilter } from '../../platform/lists/validate-filter.js';
import { findRule, listRules, listRuns, ruleColumns } from './automation.repository.js';
import { type RuleInput, ruleInputSchema } from './automation.schemas.js';
import { withHealth } from './rule-health.js';
import { registryFor, triggerEntity } from './rule-registry.js';

const tags = ['automation'];
const idParams = z.object({ id: z.string() });
const config = { permission: 'settings:manage' } as const;
/** Switching a rule back on gives it a fresh start: no failure streak, no automatic pause. */
const FRESH_START = { failureStreak: 0, pausedAt: null };

/** A condition must compile against its entity's registry; tasks take none. */
async function checkRule(db: Executor, input: RuleInput): Promise<RuleInput> {
  if (input.condition == null) return input;
  const registry = await registryFor(db, triggerEntity(input.trigger));
  if (!registry)
    throw validationError('condition', 'this trigger takes no condition', 'condition_not_allowed');
  return { ...input, condition: validateFilter(input.condition, registry, 'condition') };
}

/** Automation rules (business processes) and their run history: settings:manage. */
export async function automationRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  const ruleView = async (id: string) => {
    const rule = await findRule(ctx.db, id);
    return rule ? (await withHealth(ctx.db, ctx.clock.now(), [rule]))[0] : null;
  };
  app.get(
    '/api/v1/automation/rules',
    {
      config,
      schema: { tags, summary: 'List automation rules, each with its health (failures, last error, paused)' },
    },
    async () => ({
      data: await withHealth(ctx.db, ctx.clock.now(), await listRules(ctx.db)),
    }),
  );

  app.get(
    '/api/v1/automation/rules/:id',
    { config, schema: { tags, summary: 'Get an automation rule', params: idParams } },
    async (req) => {
      const view = await ruleView(req.params.id);
      if (!view) throw notFound('Rule', req.params.id);
      return view;
    },
  );

  app.post(
    '/api/v1/automation/rules',
    { config, schema: { tags, summary: 'Create an automation rule', body: ruleInputSchema } },
    async (req, reply) => {
      const input = await checkRule(ctx.db, req.body);
      const id = newId('rul');
      const now = ctx.clock.now();
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('automationRules')
          .values({
            id,
            ...ruleColumns(input),
            createdBy: principalOf(req).userId,
            createdAt: now,
            updatedAt: now,
          })
          .execute();
        await recordAudit(trx, ctx, actorOf(principalOf(req)), {
          entityType: 'automation_rule',
          entityId: id,
          action: 'create',
          after: input,
        });
      });
      return reply.status(201).send(await ruleView(id));
    },
  );

  app.put(
    '/api/v1/automation/rules/:id',
    {
      config,
      schema: { tags, summary: 'Replace an automation rule', params: idParams, body: ruleInputSchema },
    },
    async (req) => {
      const input = await checkRule(ctx.db, req.body);
      const before = await findRule(ctx.db, req.params.id);
      if (!before) throw notFound('Rule', req.params.id);
      await ctx.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('automationRules')
          .set({
            ...ruleColumns(input),
            ...(input.enabled && !before.enabled ? FRESH_START : {}),
            updatedAt: ctx.clock.now(),
          })
          .where('id', '=', before.id)
          .execute();
        await recordAudit(trx, ctx, actorOf(principalOf(req)), {
          entityType: 'automation_rule',
          entityId: before.id,
          action: 'update',
          before,
          after: input,
        });
      });
      return ruleView(before.id);
    },
  );

  app.patch(
    '/api/v1/automation/rules/:id',
    {
      config,
      schema: {
        tags,
        summary: 'Enable or disable a rule',
        params: idParams,
        body: z.strictObject({ enabled: z.boolean() }),
      },
    },
    async (req) => {
      const before = await findRule(ctx.db, req.params.id);
      if (!before) throw notFound('Rule', req.params.id);
      await ctx.db
        .updateTable('automationRules')
        .set({
          enabled: req.body.enabled ? 1 : 0,
          ...(req.body.enabled && !before.enabled ? FRESH_START : {}),
          updatedAt: ctx.clock.now(),
        })
        .where('id', '=', before.id)
        .execute();
      return ruleView(before.id);
    },
  );

  app.delete(
    '/api/v1/automation/rules/:id',
    { config, schema: { tags, summary: 'Delete an automation rule', params: idParams } },
    async (req, reply) => {
      const res = await ctx.db
        .deleteFrom('automationRules')
        .where('id', '=', req.params.id)
        .executeTakeFirst();
      if (Number(res.numDeletedRows) !== 1) throw notFound('Rule', req.params.id);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/automation/rules/:id/runs',
    {
      config,
      schema: {
        tags,
        summary: 'Run history of a rule (newest first)',
        params: idParams,
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
      },
    },
    async (req) => {
      if (!(await findRule(ctx.db, req.params.id))) throw notFound('Rule', req.params.id);
      return { data: await listRuns(ctx.db, req.params.id, req.query.limit) };
    },
  );
}
