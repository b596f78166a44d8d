import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { systemActor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { notify } from '../../platform/notifications/notify.js';
import { taskLink, userNames } from './tasks.repository.js';
import type { TaskRow } from './tasks.table.js';

export type ReassignReason = 'assignee_absent' | 'overdue';

/**
 * Moves a task to another assignee on behalf of the system (escalation): `task.reassigned`
 * {from, to, reason} on the timeline, an audit row, and a notification (in-app + e-mail) to both.
 * Guarded by the current assignee, so a concurrent change wins and this does nothing (false).
 */
export async function reassignTask(
  trx: Executor,
  ctx: AppContext,
  task: TaskRow,
  to: string,
  reason: ReassignReason,
  ruleId: string,
): Promise<boolean> {
  const from = task.assigneeId;
  const now = ctx.clock.now();
  const res = await trx
    .updateTable('tasks')
    .set({ assigneeId: to, version: task.version + 1, updatedAt: now })
    .where('id', '=', task.id)
    .where('assigneeId', '=', from)
    .where('version', '=', task.version)
    .executeTakeFirst();
  if (Number(res.numUpdatedRows) !== 1) return false;
  await appendEvent(trx, ctx.clock, systemActor, {
    type: 'task.reassigned',
    entityType: 'task',
    entityId: task.id,
    personId: task.personId,
    companyId: task.companyId,
    payload: { title: task.title, from, to, reason, ruleId },
  });
  await recordAudit(trx, ctx, systemActor, {
    entityType: 'task',
    entityId: task.id,
    action: 'reassign',
    before: { assigneeId: from },
    after: { assigneeId: to, reason, ruleId },
  });
  const names = await userNames(trx, [from, to]);
  const params = {
    taskId: task.id,
    title: task.title,
    dueAt: Number(task.dueAt),
    from: names.get(from) ?? from,
    to: names.get(to) ?? to,
    reason,
  };
  for (const userId of [from, to]) {
    await notify(
      trx,
      ctx,
      userId,
      {
        kind: 'task.reassigned',
        params,
        link: taskLink(task.id),
        dedupeKey: `reassigned:${task.id}:${from}:${to}:${userId}:${now}`,
      },
      { email: true },
    );
  }
  task.assigneeId = to;
  task.version += 1;
  return true;
}
