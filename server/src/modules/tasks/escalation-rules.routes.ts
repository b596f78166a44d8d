import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import type { Executor } from '../../db/database.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound, validationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { idParams } from './tasks.schemas.js';
import type { EscalationRuleRow } from './tasks.table.js';

const tags = ['tasks'];
const ruleBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  trigger: z.enum(['overdue', 'assignee_absent']),
  overdueHours: z
    .number()
    .int()
    .min(0)
    .max(24 * 365)
    .nullable()
    .optional(),
  action: z.enum(['notify_lead', 'reassign_lead', 'reassign_substitute']),
  enabled: z.boolean().default(true),
  position: z.number().int().min(0).max(10_000).default(100),
});
const patchBody = ruleBody.partial();

const toRule = (r: EscalationRuleRow) => ({ ...r, enabled: r.enabled === 1 });

function check(rule: { trigger?: string; overdueHours?: number | null }) {
  if (rule.trigger === 'overdue' && rule.overdueHours == null) {
    throw validationError('overdueHours', 'required for the overdue trigger', 'required');
  }
}

/** The rule as stored (what the audit records as `before`), or 404. */
async function storedRule(db: Executor, id: string): Promise<EscalationRuleRow> {
  const row = await db.selectFrom('escalationRules').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Escalation rule', id);
  return row;
}

/** Escalation rules of the overdue scan (read: tasks:read; change: tasks:manage). */
export async function escalationRulesRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  app.get(
    '/api/v1/tasks/escalation-rules',
    { config: { permission: 'tasks:read' }, schema: { tags, summary: 'List escalation rules' } },
    async () => ({
      data: (
        await ctx.db.selectFrom('escalationRules').selectAll().orderBy('position').orderBy('id').execute()
      ).map(toRule),
    }),
  );

  app.post(
    '/api/v1/tasks/escalation-rules',
    {
      config: { permission: 'tasks:manage' },
      schema: { tags, summary: 'Create an escalation rule', body: ruleBody },
    },
    async (req, reply) => {
      check(req.body);
      const now = ctx.clock.now();
      const row: EscalationRuleRow = {
        id: newId('esc'),
        ...req.body,
        overdueHours: req.body.overdueHours ?? null,
        enabled: req.body.enabled ? 1 : 0,
        createdAt: now,
        updatedAt: now,
      };
      await ctx.db.transaction().execute(async (trx) => {
        await trx.insertInto('escalationRules').values(row).execute();
        await recordAudit(trx, ctx, actorOf(principalOf(req)), {
          entityType: 'escalation_rule',
          entityId: row.id,
          action: 'create',
          after: row,
        });
      });
      return reply.status(201).send(toRule(row));
    },
  );

  app.patch(
    '/api/v1/tasks/escalation-rules/:id',
    {
      config: { permission: 'tasks:manage' },
      schema: { tags, summary: 'Update an escalation rule', params: idParams, body: patchBody },
    },
    async (req) =>
      ctx.db.transaction().execute(async (trx) => {
        const before = await storedRule(trx, req.params.id);
        const { enabled, ...rest } = req.body;
        const after = {
          ...before,
          ...rest,
          ...(enabled === undefined ? {} : { enabled: enabled ? 1 : 0 }),
          updatedAt: ctx.clock.now(),
        };
        check(after);
        await trx.updateTable('escalationRules').set(after).where('id', '=', before.id).execute();
        await recordAudit(trx, ctx, actorOf(principalOf(req)), {
          entityType: 'escalation_rule',
          entityId: before.id,
          action: 'update',
          before,
          after,
        });
        return toRule(after);
      }),
  );

  app.delete(
    '/api/v1/tasks/escalation-rules/:id',
    {
      config: { permission: 'tasks:manage' },
      schema: { tags, summary: 'Delete an escalation rule', params: idParams },
    },
    async (req, reply) => {
      await ctx.db.transaction().execute(async (trx) => {
        const before = await storedRule(trx, req.params.id);
        await trx.deleteFrom('escalationRules').where('id', '=', before.id).execute();
        await recordAudit(trx, ctx, actorOf(principalOf(req)), {
          entityType: 'escalation_rule',
          entityId: before.id,
          action: 'delete',
          before,
        });
      });
      return reply.status(204).send();
    },
  );
}
