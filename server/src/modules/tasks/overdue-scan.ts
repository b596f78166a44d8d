import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { DAY, HOUR } from '../../platform/clock.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import type { ScheduleSpec } from '../../platform/jobs/job-schedules.js';
import { notify } from '../../platform/notifications/notify.js';
import { reassignTask } from './reassign-task.js';
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

async function act(
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
async function once(trx: Executor, ctx: AppContext, task: TaskRow, key: string): Promise<boolean> {
  const row = await trx
    .insertInto('taskAlerts')
    .values({ key, taskId: task.id, createdAt: ctx.clock.now() })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return row !== undefined;
}

async function isAbsent(trx: Executor, userId: string, now: number): Promise<boolean> {
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

export const overdueScanJob: JobHandler = {
  type: OVERDUE_SCAN_JOB,
  handle: (_job, { ctx }) => scanOverdueTasks(ctx),
};
