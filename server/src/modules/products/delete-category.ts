import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { findCategory } from './products.repository.js';

/** Deletes a category: its products lose their category, its children move up to its parent. */
export async function deleteCategory(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  const c = await findCategory(ctx.db, id);
  if (!c) throw notFound('Category', id);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('products').set({ categoryId: null }).where('categoryId', '=', c.id).execute();
    await trx
      .updateTable('productCategories')
      .set({ parentId: c.parentId })
      .where('parentId', '=', c.id)
      .execute();
    await trx.deleteFrom('productCategories').where('id', '=', c.id).execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'product_category.deleted',
      entityType: 'product_category',
      entityId: c.id,
      payload: { name: c.name },
    });
  });
}
