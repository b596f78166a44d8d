import type { AppContext } from '../../context.js';
import { toJson } from '../../db/json.js';
import type { Actor } from '../../platform/actor.js';
import type { Principal } from '../../platform/auth/principal.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { checkViewQuery, requireEntityRead } from './view-entities.js';
import { toView, viewUserOf } from './views.repository.js';
import type { CreateViewInput, SavedView } from './views.schemas.js';
import type { SavedViewsTable } from './views.table.js';

/** Saves a view owned by the caller; the filter and sort must be valid for the entity's list. */
export async function createView(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  input: CreateViewInput,
): Promise<SavedView> {
  const ownerId = viewUserOf(principal);
  requireEntityRead(principal, input.entity);
  await checkViewQuery(ctx.db, ctx.dialect, input.entity, input.filter, input.sort);
  const now = ctx.clock.now();
  const row: SavedViewsTable = {
    id: newId('view'),
    ownerId,
    name: input.name,
    entity: input.entity,
    filter: input.filter == null ? null : toJson(input.filter),
    sort: input.sort ?? null,
    columns: toJson([...new Set(input.columns)]),
    shared: input.shared ? 1 : 0,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('savedViews').values(row).execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'view.created',
      entityType: 'view',
      entityId: row.id,
      payload: { name: row.name, entity: row.entity, shared: input.shared },
    });
  });
  return toView(row);
}
