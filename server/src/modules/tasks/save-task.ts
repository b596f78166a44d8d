import type { Executor } from '../../db/database.js';
import { validationError } from '../../platform/errors.js';
import type { Task } from './tasks.schemas.js';
import type { TaskRow } from './tasks.table.js';

/**
 * Rejects an unknown/inactive assignee or an unknown related person, company or deal (400 with the
 * path: `related.<field>` for a task's body, `<field>` for an activity's, whose refs are top-level).
 */
export async function checkTaskRefs(
  db: Executor,
  refs: { assigneeId?: string; personId?: string | null; companyId?: string | null; dealId?: string | null },
  pathPrefix = 'related.',
): Promise<void> {
  if (refs.assigneeId !== undefined) {
    const u = await db
      .selectFrom('users')
      .select('active')
      .where('id', '=', refs.assigneeId)
      .executeTakeFirst();
    const message = 'no active user with this id';
    const params = { entity: 'user', id: refs.assigneeId } as const;
    if (!u) throw validationError('assigneeId', message, 'not_found', params);
    if (u.active !== 1) throw validationError('assigneeId', message, 'not_available', params);
  }
  if (refs.personId) {
    const p = await db.selectFrom('people').select('id').where('id', '=', refs.personId).executeTakeFirst();
    if (!p)
      throw validationError(`${pathPrefix}personId`, 'no person with this id', 'not_found', {
        entity: 'person',
        id: refs.personId,
      });
  }
  if (refs.companyId) {
    const c = await db
      .selectFrom('companies')
      .select('id')
      .where('id', '=', refs.companyId)
      .executeTakeFirst();
    if (!c)
      throw validationError(`${pathPrefix}companyId`, 'no company with this id', 'not_found', {
        entity: 'company',
        id: refs.companyId,
      });
  }
  // Without this a task or call could point at a deal that never existed: a dead link on it.
  if (refs.dealId) {
    const d = await db.selectFrom('deals').select('id').where('id', '=', refs.dealId).executeTakeFirst();
    if (!d)
      throw validationError(`${pathPrefix}dealId`, 'no deal with this id', 'not_found', {
        entity: 'deal',
        id: refs.dealId,
      });
  }
}

/** The row form of a task, for insert/update. */
export function toTaskRow(t: Task): TaskRow {
  return {
    id: t.id,
    title: t.title,
    type: t.type,
    dueAt: t.dueAt,
    remindBeforeMinutes: t.remindBeforeMinutes,
    priority: t.priority,
    assigneeId: t.assigneeId,
    personId: t.related.personId,
    companyId: t.related.companyId,
    dealId: t.related.dealId,
    status: t.status,
    description: t.description,
    createdBy: t.createdBy,
    completedAt: t.completedAt,
    version: t.version,
    createdAt: t.createdAt,
    updatedAt: t.updatedAt,
  };
}

/** The event fields every task event carries, so tasks show on the person/company timeline. */
export const taskEventRefs = (t: Task) => ({
  entityType: 'task',
  entityId: t.id,
  personId: t.related.personId,
  companyId: t.related.companyId,
});
