import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import type { Principal } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { findView, requireViewOwner } from './views.repository.js';

/** Deletes a view: owner or admin only. */
export async function deleteView(ctx: AppContext, principal: Principal, actor: Actor, id: string) {
  const row = await findView(ctx.db, principal, id);
  if (!row) throw notFound('View', id);
  requireViewOwner(principal, row);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('savedViews').where('id', '=', id).execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'view.deleted',
      entityType: 'view',
      entityId: id,
      payload: { name: row.name, entity: row.entity },
    });
  });
}
