import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { notify } from '../../platform/notifications/notify.js';
import { checkTaskRefs, taskEventRefs, toTaskRow } from './save-task.js';
import { scheduleReminder } from './task-reminder.js';
import { taskLink } from './tasks.repository.js';
import type { CreateTaskInput, Task } from './tasks.schemas.js';

/** Creates a task (assignee defaults to the caller), queues its reminder; event `task.created`. */
export async function createTask(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  input: CreateTaskInput,
): Promise<Task> {
  const assigneeId = input.assigneeId ?? principal.userId;
  if (!assigneeId) throw validationError('assigneeId', 'required when an API key creates a task', 'required');
  return ctx.db.transaction().execute(async (trx) => {
    await checkTaskRefs(trx, {
      assigneeId,
      personId: input.related?.personId,
      companyId: input.related?.companyId,
      dealId: input.related?.dealId,
    });
    const now = ctx.clock.now();
    const task: Task = {
      id: newId('tsk'),
      title: input.title,
      type: input.type,
      dueAt: input.dueAt,
      remindBeforeMinutes: input.remindBeforeMinutes ?? null,
      priority: input.priority,
      assigneeId,
      related: {
        personId: input.related?.personId ?? null,
        companyId: input.related?.companyId ?? null,
        dealId: input.related?.dealId ?? null,
      },
      status: 'open',
      description: input.description,
      createdBy: principal.userId,
      completedAt: null,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    const row = toTaskRow(task);
    await trx.insertInto('tasks').values(row).execute();
    await scheduleReminder(trx, ctx, row);
    await appendEvent(trx, ctx.clock, actor, {
      type: 'task.created',
      ...taskEventRefs(task),
      payload: { title: task.title, type: task.type, dueAt: task.dueAt, assigneeId },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'task',
      entityId: task.id,
      action: 'create',
      after: task,
    });
    if (assigneeId !== principal.userId) {
      await notify(trx, ctx, assigneeId, {
        kind: 'task.assigned',
        params: { taskId: task.id, title: task.title, dueAt: task.dueAt },
        link: taskLink(task.id),
      });
    }
    return task;
  });
}
