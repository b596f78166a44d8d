import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { systemActor } from '../../platform/actor.js';
import { DAY, HOUR } from '../../platform/clock.js';
import { appendEvent } from '../../platform/events/append-event.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import type { ScheduleSpec } from '../../platform/jobs/job-schedules.js';
import { notify } from '../../platform/notifications/notify.js';
import { act, isAbsent, once } from './escalation-steps.js';
import { loadTaskRow, taskLink, teamLeadOf, userNames } from './tasks.repository.js';
import type { EscalationRuleRow, TaskRow } from './tasks.table.js';

export const OVERDUE_SCAN_JOB = 'tasks.overdue-scan';
export const overdueScanSchedule: ScheduleSpec = {
  name: 'tasks.overdue-scan',
  cron: '*/5 * * * *',
  timezone: 'UTC',
  type: OVERDUE_SCAN_JOB,
};

/** Overdue tasks older than this are no longer scanned (they were handled when they became due). */
const WINDOW = 30 * DAY;
/** An absent assignee's tasks are handed over when they are overdue or due within this time. */
const ABSENT_HORIZON = DAY;
const BATCH = 500;

/**
 * One pass of overdue control. Each step is keyed in `task_alerts` (inserted in the transaction of
 * its effects), so running the scan twice, or on two nodes at once, does every step once.
 */
export async function scanOverdueTasks(ctx: AppContext) {
  const now = ctx.clock.now();
  const rules = await ctx.db
    .selectFrom('escalationRules')
    .selectAll()
    .where('enabled', '=', 1)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const overdue = await ctx.db
    .selectFrom('tasks')
    .select('id')
    .where('status', '=', 'open')
    .where('dueAt', '<', now)
    .where('dueAt', '>=', now - WINDOW)
    .orderBy('dueAt')
    .limit(BATCH)
    .execute();
  const absent = await ctx.db
    .selectFrom('tasks')
    .innerJoin('users', 'users.id', 'tasks.assigneeId')
    .select('tasks.id')
    .where('tasks.status', '=', 'open')
    .where('tasks.dueAt', '<', now + ABSENT_HORIZON)
    .where('tasks.dueAt', '>=', now - WINDOW)
    .where('users.absentFrom', '<=', now)
    .where((eb) => eb.or([eb('users.absentUntil', 'is', null), eb('users.absentUntil', '>=', now)]))
    .limit(BATCH)
    .execute();
  const ids = [...new Set([...overdue, ...absent].map((r) => r.id))];
  const stats = { tasks: ids.length, notified: 0, reassigned: 0 };
  for (const id of ids) {
    await ctx.db.transaction().execute(async (trx) => {
      const task = await loadTaskRow(trx, id);
      if (task && task.status === 'open') await processTask(trx, ctx, task, rules, stats);
    });
  }
  return stats;
}

async function processTask(
  trx: Executor,
  ctx: AppContext,
  task: TaskRow,
  rules: EscalationRuleRow[],
  stats: { notified: number; reassigned: number },
) {
  const now = ctx.clock.now();
  const dueAt = Number(task.dueAt);
  if (dueAt < now && (await once(trx, ctx, task, `overdue:${task.id}:${dueAt}`))) {
    const lead = await teamLeadOf(trx, task.assigneeId);
    const names = await userNames(trx, [task.assigneeId]);
    const params = { taskId: task.id, title: task.title, dueAt, assignee: names.get(task.assigneeId) ?? '' };
    // Once per due date (guarded by `once`): automation rules with a task_overdue trigger react to it.
    await appendEvent(trx, ctx.clock, systemActor, {
      type: 'task.overdue',
      entityType: 'task',
      entityId: task.id,
      personId: task.personId,
      companyId: task.companyId,
      payload: { title: task.title, dueAt, assigneeId: task.assigneeId },
    });
    for (const userId of lead ? [task.assigneeId, lead] : [task.assigneeId]) {
      const n = {
        kind: 'task.overdue',
        params,
        link: taskLink(task.id),
        dedupeKey: `overdue:${task.id}:${dueAt}:${userId}`,
      };
      if (await notify(trx, ctx, userId, n, { email: true })) stats.notified++;
    }
  }
  for (const rule of rules) {
    if (rule.trigger === 'assignee_absent') {
      if (!(await isAbsent(trx, task.assigneeId, now))) continue;
      if (!(await once(trx, ctx, task, `rule:${rule.id}:${task.id}:${dueAt}:${task.assigneeId}`))) continue;
      await act(trx, ctx, task, rule, 'assignee_absent', stats);
    } else if (rule.trigger === 'overdue' && rule.overdueHours != null) {
      if (now - dueAt < rule.overdueHours * HOUR) continue;
      if (!(await once(trx, ctx, task, `rule:${rule.id}:${task.id}:${dueAt}`))) continue;
      await act(trx, ctx, task, rule, 'overdue', stats);
    }
  }
}

export const overdueScanJob: JobHandler = {
  type: OVERDUE_SCAN_JOB,
  handle: (_job, { ctx }) => scanOverdueTasks(ctx),
};
