import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { notFound, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { checkSku, findCategory, findProduct, saveProduct } from './products.repository.js';
import type { Product, ProductInput } from './products.schemas.js';

/**
 * The cost price and its currency after a create or patch: a cost needs a currency; without a cost
 * the currency is dropped (an unknown cost has none).
 */
function costOf(input: Partial<ProductInput>, cur: Product | undefined) {
  const costPrice = input.costPrice !== undefined ? input.costPrice : (cur?.costPrice ?? null);
  const costCurrency = input.costCurrency !== undefined ? input.costCurrency : (cur?.costCurrency ?? null);
  if (costPrice == null) return { costPrice: null, costCurrency: null };
  if (!costCurrency) throw validationError('costCurrency', 'is required with costPrice', 'required');
  return { costPrice, costCurrency };
}

/** Creates (id undefined) or patches a product; writes product.created / product.updated. */
export async function saveProductUseCase(
  ctx: AppContext,
  actor: Actor,
  id: string | undefined,
  input: Partial<ProductInput>,
): Promise<Product> {
  return ctx.db.transaction().execute(async (trx) => {
    const cur = id ? await findProduct(trx, id) : undefined;
    if (id && !cur) throw notFound('Product', id);
    if (input.sku !== undefined) await checkSku(trx, input.sku, id);
    if (input.categoryId && !(await findCategory(trx, input.categoryId)))
      throw validationError('categoryId', `category ${input.categoryId} does not exist`, 'not_found', {
        entity: 'category',
        id: input.categoryId,
      });
    const now = ctx.clock.now();
    const p: Product = {
      id: cur?.id ?? newId('prd'),
      sku: input.sku ?? cur!.sku,
      name: input.name ?? cur!.name,
      categoryId: input.categoryId !== undefined ? input.categoryId : (cur?.categoryId ?? null),
      unit: input.unit !== undefined ? input.unit : (cur?.unit ?? null),
      active: input.active ?? cur?.active ?? true,
      custom: input.custom ?? cur?.custom ?? {},
      ...costOf(input, cur),
      createdAt: cur?.createdAt ?? now,
      updatedAt: now,
    };
    await saveProduct(trx, p, !cur);
    await appendEvent(trx, ctx.clock, actor, {
      type: cur ? 'product.updated' : 'product.created',
      entityType: 'product',
      entityId: p.id,
      payload: { sku: p.sku, name: p.name },
    });
    return p;
  });
}
