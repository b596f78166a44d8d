import type { AppContext } from '../../context.js';
import { toJson } from '../../db/json.js';
import type { Actor } from '../../platform/actor.js';
import type { Principal } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { checkViewQuery, type ViewEntity } from './view-entities.js';
import { findView, requireViewOwner, toView } from './views.repository.js';
import type { SavedView, UpdateViewInput } from './views.schemas.js';

/** Renames, re-filters, re-sorts or (un)shares a view: owner or admin only. */
export async function updateView(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  id: string,
  input: UpdateViewInput,
): Promise<SavedView> {
  const row = await findView(ctx.db, principal, id);
  if (!row) throw notFound('View', id);
  requireViewOwner(principal, row);
  const current = toView(row);
  const filter = input.filter !== undefined ? input.filter : current.filter;
  const sort = input.sort !== undefined ? input.sort : current.sort;
  await checkViewQuery(ctx.db, ctx.dialect, row.entity as ViewEntity, filter, sort);
  const set = {
    name: input.name ?? row.name,
    filter: filter == null ? null : toJson(filter),
    sort: sort ?? null,
    columns: input.columns ? toJson([...new Set(input.columns)]) : row.columns,
    shared: input.shared === undefined ? row.shared : input.shared ? 1 : 0,
    updatedAt: ctx.clock.now(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('savedViews').set(set).where('id', '=', id).execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'view.updated',
      entityType: 'view',
      entityId: id,
      payload: { fields: Object.keys(input) },
    });
  });
  return toView({ ...row, ...set });
}
