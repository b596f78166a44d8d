import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { notify } from '../../platform/notifications/notify.js';
import { reassignTask } from './reassign-task.js';
import { taskLink, teamLeadOf, userNames } from './tasks.repository.js';
import type { EscalationRuleRow, TaskRow } from './tasks.table.js';

/** The steps of the overdue scan: "do once" keys, absence, and the escalation rule actions. */
export async function act(
  trx: Executor,
  ctx: AppContext,
  task: TaskRow,
  rule: EscalationRuleRow,
  reason: 'overdue' | 'assignee_absent',
  stats: { notified: number; reassigned: number },
) {
  const lead = await teamLeadOf(trx, task.assigneeId);
  if (rule.action === 'notify_lead') {
    if (!lead) return;
    const names = await userNames(trx, [task.assigneeId]);
    const params = {
      taskId: task.id,
      title: task.title,
      dueAt: Number(task.dueAt),
      assignee: names.get(task.assigneeId) ?? '',
      reason,
    };
    if (
      await notify(
        trx,
        ctx,
        lead,
        { kind: 'task.escalated', params, link: taskLink(task.id) },
        { email: true },
      )
    ) {
      stats.notified++;
    }
    return;
  }
  let target = lead;
  if (rule.action === 'reassign_substitute') {
    const sub = await substituteOf(trx, task.assigneeId, ctx.clock.now());
    target = sub ?? lead;
  }
  if (target && target !== task.assigneeId && (await reassignTask(trx, ctx, task, target, reason, rule.id))) {
    stats.reassigned++;
  }
}

/** Records a step; true only the first time (the caller then does it). */
export async function once(trx: Executor, ctx: AppContext, task: TaskRow, key: string): Promise<boolean> {
  const row = await trx
    .insertInto('taskAlerts')
    .values({ key, taskId: task.id, createdAt: ctx.clock.now() })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return row !== undefined;
}

export async function isAbsent(trx: Executor, userId: string, now: number): Promise<boolean> {
  const u = await trx
    .selectFrom('users')
    .select(['absentFrom', 'absentUntil'])
    .where('id', '=', userId)
    .executeTakeFirst();
  return (
    !!u && u.absentFrom != null && u.absentFrom <= now && (u.absentUntil == null || now <= u.absentUntil)
  );
}

/** The user's substitute, if set, active and not absent too. */
async function substituteOf(trx: Executor, userId: string, now: number): Promise<string | null> {
  const u = await trx.selectFrom('users').select('substituteId').where('id', '=', userId).executeTakeFirst();
  if (!u?.substituteId) return null;
  const s = await trx
    .selectFrom('users')
    .select('active')
    .where('id', '=', u.substituteId)
    .executeTakeFirst();
  if (!s || s.active !== 1 || (await isAbsent(trx, u.substituteId, now))) return null;
  return u.substituteId;
}
