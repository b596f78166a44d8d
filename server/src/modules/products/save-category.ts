import type { AppContext } from '../../context.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import type { Actor } from '../../platform/actor.js';
import { notFound, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { checkParent, findCategory } from './products.repository.js';
import type { Category } from './products.schemas.js';

/**
 * Creates or patches a category of the tree; a parent that would make a cycle, or a sibling of the
 * same name (any case), is a 400.
 */
export async function saveCategory(
  ctx: AppContext,
  actor: Actor,
  id: string | undefined,
  input: { name?: string; parentId?: string | null },
): Promise<Category> {
  return ctx.db.transaction().execute(async (trx) => {
    const cur = id ? await findCategory(trx, id) : undefined;
    if (id && !cur) throw notFound('Category', id);
    if (input.parentId !== undefined) await checkParent(trx, input.parentId, id);
    const now = ctx.clock.now();
    const c: Category = {
      id: cur?.id ?? newId('pcat'),
      name: input.name ?? cur!.name,
      parentId: input.parentId !== undefined ? input.parentId : (cur?.parentId ?? null),
      createdAt: cur?.createdAt ?? now,
      updatedAt: now,
    };
    const row = { name: c.name, searchName: c.name.toLowerCase(), parentId: c.parentId, updatedAt: now };
    // Names are unique among siblings (index product_categories_name): say so on `name`, not a 500.
    const twin = await trx
      .selectFrom('productCategories')
      .select('id')
      .where('searchName', '=', row.searchName)
      .where((eb) => (c.parentId ? eb('parentId', '=', c.parentId) : eb('parentId', 'is', null)))
      .where('id', '!=', c.id)
      .executeTakeFirst();
    if (twin)
      throw validationError('name', `is already used by category ${twin.id}`, 'already_used', {
        entity: 'category',
        id: twin.id,
      });
    try {
      if (cur) await trx.updateTable('productCategories').set(row).where('id', '=', c.id).execute();
      else
        await trx
          .insertInto('productCategories')
          .values({ ...row, id: c.id, createdAt: now })
          .execute();
    } catch (err) {
      // A sibling of that name committed between the check and the write.
      if (isUniqueViolation(err))
        throw validationError('name', 'is already used by another category', 'already_used', {
          entity: 'category',
        });
      throw err;
    }
    await appendEvent(trx, ctx.clock, actor, {
      type: cur ? 'product_category.updated' : 'product_category.created',
      entityType: 'product_category',
      entityId: c.id,
      payload: { name: c.name, parentId: c.parentId },
    });
    return c;
  });
}
