import type { Executor } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { applyVisibility } from '../../platform/auth/visibility.js';
import type { Task } from './tasks.schemas.js';
import type { TaskRow } from './tasks.table.js';

/** Tasks the principal may see: visibility is on the assignee (own / team / all). */
export function visibleTasks(db: Executor, principal: Principal) {
  return applyVisibility(db.selectFrom('tasks').selectAll('tasks'), principal, 'tasks.assigneeId');
}

export async function findTask(db: Executor, principal: Principal, id: string): Promise<Task | undefined> {
  const row = await visibleTasks(db, principal).where('tasks.id', '=', id).executeTakeFirst();
  return row ? toTask(row) : undefined;
}

export async function loadTaskRow(db: Executor, id: string): Promise<TaskRow | undefined> {
  return db.selectFrom('tasks').selectAll().where('id', '=', id).executeTakeFirst();
}

export function toTask(r: TaskRow): Task {
  return {
    id: r.id,
    title: r.title,
    type: r.type as Task['type'],
    dueAt: Number(r.dueAt),
    remindBeforeMinutes: r.remindBeforeMinutes,
    priority: r.priority as Task['priority'],
    assigneeId: r.assigneeId,
    related: { personId: r.personId, companyId: r.companyId, dealId: r.dealId },
    status: r.status as Task['status'],
    description: r.description,
    createdBy: r.createdBy,
    completedAt: r.completedAt == null ? null : Number(r.completedAt),
    version: r.version,
    createdAt: Number(r.createdAt),
    updatedAt: Number(r.updatedAt),
  };
}

/** The lead of a team the user belongs to (not the user), first by team id; null when none. */
export async function teamLeadOf(db: Executor, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('teamMembers')
    .innerJoin('teams', 'teams.id', 'teamMembers.teamId')
    .select('teams.leadId')
    .where('teamMembers.userId', '=', userId)
    .where('teams.leadId', 'is not', null)
    .where('teams.leadId', '!=', userId)
    .orderBy('teams.id')
    .executeTakeFirst();
  return row?.leadId ?? null;
}

/** Display names by user id, for notification texts. */
export async function userNames(db: Executor, ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter(Boolean))];
  if (!unique.length) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', unique).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

export const taskLink = (id: string) => `/tasks?task=${id}`;
