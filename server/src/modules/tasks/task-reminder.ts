import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { MINUTE } from '../../platform/clock.js';
import { enqueueJob } from '../../platform/jobs/enqueue-job.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import { notify } from '../../platform/notifications/notify.js';
import { loadTaskRow, taskLink } from './tasks.repository.js';
import type { TaskRow } from './tasks.table.js';

export const TASK_REMINDER_JOB = 'tasks.reminder';

/**
 * Queues the reminder of an open task at `dueAt − remindBefore` (key `task-reminder:<id>:<dueAt>`):
 * a new due time is a new key, and the job of an old due time finds the task changed and does
 * nothing. A changed lead time for the same due time moves the queued job.
 */
export async function scheduleReminder(trx: Executor, ctx: AppContext, task: TaskRow): Promise<void> {
  if (task.status !== 'open' || task.remindBeforeMinutes == null) return;
  const dueAt = Number(task.dueAt);
  const runAt = dueAt - task.remindBeforeMinutes * MINUTE;
  if (dueAt <= ctx.clock.now()) return; // already due: the overdue scan takes over
  const job = await enqueueJob(trx, ctx.clock, {
    type: TASK_REMINDER_JOB,
    payload: { taskId: task.id, dueAt },
    idempotencyKey: `task-reminder:${task.id}:${dueAt}`,
    runAt,
  });
  if (job.status === 'queued' && job.runAt !== runAt) {
    await trx
      .updateTable('jobs')
      .set({ runAt, updatedAt: ctx.clock.now() })
      .where('id', '=', job.id)
      .execute();
  }
}

/** Sends the reminder (in-app + e-mail) if the task is still open, due then, and the time has come. */
export const taskReminderJob: JobHandler<{ taskId: string; dueAt: number }> = {
  type: TASK_REMINDER_JOB,
  async handle(job, { ctx }) {
    return ctx.db.transaction().execute(async (trx) => {
      const task = await loadTaskRow(trx, job.payload.taskId);
      if (!task || task.status !== 'open' || Number(task.dueAt) !== job.payload.dueAt)
        return { skipped: 'stale' };
      if (task.remindBeforeMinutes == null) return { skipped: 'no reminder' };
      if (ctx.clock.now() < Number(task.dueAt) - task.remindBeforeMinutes * MINUTE)
        return { skipped: 'early' };
      const id = await notify(
        trx,
        ctx,
        task.assigneeId,
        {
          kind: 'task.reminder',
          params: { taskId: task.id, title: task.title, dueAt: Number(task.dueAt) },
          link: taskLink(task.id),
          dedupeKey: `reminder:${task.id}:${task.dueAt}`,
        },
        { email: true },
      );
      return { notificationId: id };
    });
  },
};
