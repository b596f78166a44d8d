import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { findProduct } from './products.repository.js';

/** Deletes a product; writes product.deleted naming its SKU. */
export async function deleteProduct(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const p = await findProduct(trx, id);
    if (!p) throw notFound('Product', id);
    await trx.deleteFrom('products').where('id', '=', p.id).execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'product.deleted',
      entityType: 'product',
      entityId: p.id,
      payload: { sku: p.sku },
    });
  });
}
