import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';
import type { Actor } from '../../platform/actor.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';
import { queueMail } from '../../platform/mail/queue-mail.js';
import { notify } from '../../platform/notifications/notify.js';
import type { Rule, RuleAction } from './automation.schemas.js';
import { automationActor } from './automation-origin.js';
import { ENTITY_TABLE } from './rule-registry.js';
import type { RuleTarget, RunCtx } from './run-rule.js';
import { WEBHOOK_JOB } from './webhook.job.js';

export interface ActionRun {
  rule: Rule;
  target: RuleTarget;
  runId: string;
  index: number;
}

const UNIT_MS = { hour: 3_600_000, day: 86_400_000 } as const;
/** Plain columns an update_field action may set, per entity (custom fields: `custom.<key>`). */
const UPDATABLE: Record<string, string[]> = {
  person: ['lifecycleStage', 'source', 'preferredChannel', 'language'],
  company: ['industry', 'website'],
  deal: ['title', 'amount', 'currency', 'expectedCloseDate'],
  task: ['title', 'priority', 'status'],
};

/** One action of a rule, in the consumer's transaction; its effects carry the automation actor. */
export async function performAction(trx: Executor, ctx: RunCtx, run: ActionRun, action: RuleAction) {
  const { target } = run;
  const table = ENTITY_TABLE[target.entity];
  const actor: Actor = automationActor(run.rule.id, target.depth + 1);
  const record = (await trx
    .selectFrom(table)
    .selectAll()
    .where('id', '=', target.entityId)
    .executeTakeFirstOrThrow()) as Record<string, unknown>;
  const ownerId = (target.entity === 'task' ? record.assigneeId : record.ownerId) as string | null;
  const userOf = (to: string) => {
    const id = to === 'owner' ? ownerId : to.slice('user:'.length);
    if (!id) throw new Error(`${target.entity} ${target.entityId} has no owner`);
    return id;
  };
  const refs = {
    personId: target.entity === 'person' ? target.entityId : ((record.personId as string | null) ?? null),
    companyId: target.entity === 'company' ? target.entityId : ((record.companyId as string | null) ?? null),
    dealId: target.entity === 'deal' ? target.entityId : ((record.dealId as string | null) ?? null),
  };
  const changed = async (changes: Record<string, [unknown, unknown]>) => {
    await appendEvent(trx, ctx.clock, actor, {
      type: `${target.entity}.updated`,
      entityType: target.entity,
      entityId: target.entityId,
      personId: refs.personId,
      companyId: refs.companyId,
      payload: { changes, automation: { ruleId: run.rule.id, runId: run.runId } },
    });
  };
  switch (action.kind) {
    case 'create_task': {
      const assigneeId = userOf(action.assignTo);
      const now = ctx.clock.now();
      const id = newId('tsk');
      const dueAt = now + action.dueIn.amount * UNIT_MS[action.dueIn.unit];
      await trx
        .insertInto('tasks')
        .values({
          id,
          title: action.title,
          type: action.type,
          dueAt,
          remindBeforeMinutes: null,
          priority: 'normal',
          assigneeId,
          ...refs,
          status: 'open',
          description: `Automation: ${run.rule.name}`,
          createdBy: null,
          completedAt: null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
      await appendEvent(trx, ctx.clock, actor, {
        type: 'task.created',
        entityType: 'task',
        entityId: id,
        personId: refs.personId,
        companyId: refs.companyId,
        payload: {
          title: action.title,
          type: action.type,
          dueAt,
          assigneeId,
          automation: { ruleId: run.rule.id },
        },
      });
      return;
    }
    case 'assign_owner': {
      const col = target.entity === 'task' ? 'assigneeId' : 'ownerId';
      const before = record[col] ?? null;
      if (before === action.userId) return;
      const user = await trx
        .selectFrom('users')
        .select('id')
        .where('id', '=', action.userId)
        .executeTakeFirst();
      if (!user) throw new Error(`user ${action.userId} not found`);
      await trx
        .updateTable(table)
        .set({ [col]: action.userId })
        .where('id', '=', target.entityId)
        .execute();
      await changed({ [col]: [before, action.userId] });
      return;
    }
    case 'update_field': {
      if (action.field.startsWith('custom.') && target.entity !== 'task') {
        const key = action.field.slice('custom.'.length);
        const custom = fromJson<Record<string, unknown>>(record.custom) ?? {};
        const before = custom[key] ?? null;
        await trx
          .updateTable(table)
          .set({ custom: toJson({ ...custom, [key]: action.value }) })
          .where('id', '=', target.entityId)
          .execute();
        await changed({ [action.field]: [before, action.value] });
        return;
      }
      if (!UPDATABLE[target.entity]?.includes(action.field))
        throw new Error(`field ${action.field} cannot be set by automation on ${target.entity}`);
      await trx
        .updateTable(table)
        .set({ [action.field]: action.value })
        .where('id', '=', target.entityId)
        .execute();
      await changed({ [action.field]: [record[action.field] ?? null, action.value] });
      return;
    }
    case 'add_tag': {
      if (target.entity !== 'person' && target.entity !== 'company')
        throw new Error(`${target.entity} has no tags`);
      const tags = fromJson<string[]>(record.tags) ?? [];
      if (tags.includes(action.tag)) return;
      const next = [...tags, action.tag];
      await trx
        .updateTable(table)
        .set({ tags: toJson(next) })
        .where('id', '=', target.entityId)
        .execute();
      await changed({ tags: [tags, next] });
      return;
    }
    case 'notify_user': {
      const userId = userOf(action.to);
      await notify(trx, ctx as Pick<AppContext, 'clock' | 'config'>, userId, {
        kind: 'automation.message',
        params: { message: action.message, rule: run.rule.name },
        link: target.entity === 'task' ? `/tasks?task=${target.entityId}` : null,
        dedupeKey: `automation:${run.runId}:${run.index}`,
      });
      return;
    }
    case 'send_internal_email':
      await queueMail(trx, ctx.clock, {
        to: action.to,
        subject: action.subject,
        text: action.body,
        key: `automation:${run.runId}:${run.index}`,
      });
      return;
    case 'call_webhook':
      await enqueueJob(trx, ctx.clock, {
        type: WEBHOOK_JOB,
        payload: {
          url: action.url,
          method: action.method,
          body: {
            rule: { id: run.rule.id, name: run.rule.name },
            trigger: target.key,
            entity: target.entity,
            record,
          },
          run: { ruleId: run.rule.id, runId: run.runId },
        },
        idempotencyKey: `automation:${run.runId}:${run.index}`,
        maxAttempts: 5,
      });
      return;
  }
}
