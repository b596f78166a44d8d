import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { notFound, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { findProduct } from '../products/products.repository.js';
import { checkPriceOverlap } from './check-price-overlap.js';
import { findPrice, findPriceList, listPrices, lockPricing } from './price-lists.repository.js';
import type { Price, PriceInput } from './price-lists.schemas.js';

/**
 * Sets a product's price in a list (an upsert per product and quantity break: the same `minQuantity`
 * again replaces the price). Refused with 400 `productId` when the product already has a price of the
 * same kind and currency in another active list whose validity overlaps. `created` tells 201 from 200.
 */
export async function setPrice(
  ctx: AppContext,
  actor: Actor,
  priceListId: string,
  input: PriceInput,
): Promise<{ price: Price; created: boolean }> {
  return ctx.db.transaction().execute(async (trx) => {
    await lockPricing(trx);
    const list = await findPriceList(trx, priceListId);
    if (!list) throw notFound('Price list', priceListId);
    const product = await findProduct(trx, input.productId);
    if (!product)
      throw validationError('productId', `product ${input.productId} does not exist`, 'not_found', {
        entity: 'product',
        id: input.productId,
      });
    await checkPriceOverlap(trx, list, 'productId', [product.id]);
    const now = ctx.clock.now();
    const existing = (await listPrices(trx, list.id, product.id)).find(
      (p) => p.minQuantity === input.minQuantity,
    );
    const id = existing?.id ?? newId('prc');
    if (existing)
      await trx
        .updateTable('priceListPrices')
        .set({ unitPrice: input.unitPrice, updatedAt: now })
        .where('id', '=', id)
        .execute();
    else
      await trx
        .insertInto('priceListPrices')
        .values({
          id,
          priceListId: list.id,
          productId: product.id,
          unitPrice: input.unitPrice,
          minQuantity: input.minQuantity,
          createdAt: now,
          updatedAt: now,
        })
        .execute();
    const price = (await findPrice(trx, list.id, id))!;
    await appendEvent(trx, ctx.clock, actor, {
      type: 'price_list.price_set',
      entityType: 'price_list',
      entityId: list.id,
      payload: {
        productId: product.id,
        sku: product.sku,
        unitPrice: input.unitPrice,
        minQuantity: input.minQuantity,
        previousUnitPrice: existing?.unitPrice ?? null,
        currency: list.currency,
      },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'price_list_price',
      entityId: id,
      action: existing ? 'update' : 'create',
      before: existing ?? null,
      after: price,
    });
    return { price, created: !existing };
  });
}

/** Removes one price entry of a list. */
export async function removePrice(ctx: AppContext, actor: Actor, priceListId: string, priceId: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const price = await findPrice(trx, priceListId, priceId);
    if (!price) throw notFound('Price', priceId);
    await trx.deleteFrom('priceListPrices').where('id', '=', priceId).execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'price_list.price_removed',
      entityType: 'price_list',
      entityId: priceListId,
      payload: { productId: price.productId, sku: price.sku, minQuantity: price.minQuantity },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'price_list_price',
      entityId: priceId,
      action: 'delete',
      before: price,
      after: null,
    });
  });
}
