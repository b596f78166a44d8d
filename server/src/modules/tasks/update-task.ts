import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { diffRecords, recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError, notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { notify } from '../../platform/notifications/notify.js';
import { checkTaskRefs, taskEventRefs, toTaskRow } from './save-task.js';
import { scheduleReminder } from './task-reminder.js';
import { findTask, taskLink } from './tasks.repository.js';
import type { Task, UpdateTaskInput } from './tasks.schemas.js';

/**
 * Updates a visible task (`ifMatch` = expected version → 412 on mismatch). Events: `task.completed`
 * when it becomes done, `task.reassigned` when the assignee changes, `task.updated` otherwise.
 * A new due time or lead time re-queues the reminder.
 */
export async function updateTask(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  id: string,
  input: UpdateTaskInput,
  ifMatch?: number,
): Promise<Task> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findTask(trx, principal, id);
    if (!before) throw notFound('Task', id);
    if (ifMatch !== undefined && ifMatch !== before.version) {
      throw new AppError('precondition_failed', `Task ${id} is at version ${before.version}`);
    }
    await checkTaskRefs(trx, {
      assigneeId: input.assigneeId,
      personId: input.related?.personId,
      companyId: input.related?.companyId,
      dealId: input.related?.dealId,
    });
    const now = ctx.clock.now();
    const status = input.status ?? before.status;
    const after: Task = {
      ...before,
      ...Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && k !== 'related')),
      related: { ...before.related, ...input.related },
      status,
      completedAt: status === 'done' ? (before.completedAt ?? now) : null,
      version: before.version + 1,
      updatedAt: now,
    } as Task;
    const changes = diffRecords(before as never, after as never);
    delete changes.version;
    delete changes.updatedAt;
    if (Object.keys(changes).length === 0) return before;
    const res = await trx
      .updateTable('tasks')
      .set(toTaskRow(after))
      .where('id', '=', id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) !== 1) throw new AppError('conflict', `Task ${id} changed meanwhile`);
    await scheduleReminder(trx, ctx, toTaskRow(after));
    const refs = taskEventRefs(after);
    if (before.status !== 'done' && after.status === 'done') {
      await appendEvent(trx, ctx.clock, actor, {
        type: 'task.completed',
        ...refs,
        payload: { title: after.title },
      });
    }
    if (before.assigneeId !== after.assigneeId) {
      const payload = { title: after.title, from: before.assigneeId, to: after.assigneeId, reason: 'manual' };
      await appendEvent(trx, ctx.clock, actor, { type: 'task.reassigned', ...refs, payload });
      if (after.assigneeId !== principal.userId) {
        await notify(trx, ctx, after.assigneeId, {
          kind: 'task.assigned',
          params: { taskId: id, title: after.title, dueAt: after.dueAt },
          link: taskLink(id),
        });
      }
    }
    const other = Object.keys(changes).filter((k) => !['status', 'completedAt', 'assigneeId'].includes(k));
    if (other.length || (before.status !== after.status && after.status !== 'done')) {
      await appendEvent(trx, ctx.clock, actor, { type: 'task.updated', ...refs, payload: { changes } });
    }
    await recordAudit(trx, ctx, actor, { entityType: 'task', entityId: id, action: 'update', before, after });
    return after;
  });
}
