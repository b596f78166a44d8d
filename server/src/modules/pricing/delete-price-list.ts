import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { findPriceList } from './price-lists.repository.js';

/** Deletes a price list and its prices; deal lines priced from it keep their prices (FK set null). */
export async function deletePriceList(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const list = await findPriceList(trx, id);
    if (!list) throw notFound('Price list', id);
    await trx.deleteFrom('priceLists').where('id', '=', id).execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'price_list.deleted',
      entityType: 'price_list',
      entityId: id,
      payload: { name: list.name },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'price_list',
      entityId: id,
      action: 'delete',
      before: list,
      after: null,
    });
  });
}
