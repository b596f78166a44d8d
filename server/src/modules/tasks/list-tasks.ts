import type { AppContext } from '../../context.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { FieldDef, FieldRegistry, FieldType } from '../../platform/lists/field-registry.js';
import { runListQuery } from '../../platform/lists/list-query.js';
import type { ListQueryInput } from '../../platform/lists/list-query.schema.js';
import { toTask, visibleTasks } from './tasks.repository.js';
import { TASK_PRIORITIES, TASK_STATUSES, TASK_TYPES } from './tasks.schemas.js';

const col = (name: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  type,
  column: `tasks.${name}`,
  sortable: true,
  ...extra,
});

export const tasksRegistry: FieldRegistry = {
  id: col('id', 'text'),
  title: col('title', 'text', { searchable: 'contains' }),
  type: col('type', 'select', { options: TASK_TYPES }),
  priority: col('priority', 'select', { options: TASK_PRIORITIES }),
  status: col('status', 'select', { options: TASK_STATUSES }),
  dueAt: col('dueAt', 'datetime'),
  assigneeId: col('assigneeId', 'user'),
  createdBy: col('createdBy', 'user'),
  personId: col('personId', 'text'),
  companyId: col('companyId', 'text'),
  dealId: col('dealId', 'text'),
  completedAt: col('completedAt', 'datetime'),
  createdAt: col('createdAt', 'datetime'),
  updatedAt: col('updatedAt', 'datetime'),
};

/** One page of visible tasks (default: soonest due first). */
export function listTasks(ctx: AppContext, principal: Principal, query: ListQueryInput) {
  return runListQuery(ctx.db, {
    baseQuery: visibleTasks(ctx.db, principal),
    registry: tasksRegistry,
    query,
    clock: ctx.clock,
    idColumn: 'tasks.id',
    defaultSort: 'dueAt',
    mapRow: toTask,
  });
}
