import type { Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';
import { validationError } from '../../platform/errors.js';
import type { Category, Product } from './products.schemas.js';
import type { CategoryRow, ProductRow } from './products.table.js';

export function toProduct(r: ProductRow): Product {
  return {
    id: r.id,
    sku: r.sku,
    name: r.name,
    categoryId: r.categoryId,
    unit: r.unit,
    active: r.active === 1,
    custom: fromJson<Record<string, unknown>>(r.custom) ?? {},
    costPrice: r.costPrice == null ? null : Number(r.costPrice),
    costCurrency: r.costCurrency,
    createdAt: Number(r.createdAt),
    updatedAt: Number(r.updatedAt),
  };
}

export function toCategory(r: CategoryRow): Category {
  return {
    id: r.id,
    name: r.name,
    parentId: r.parentId,
    createdAt: Number(r.createdAt),
    updatedAt: Number(r.updatedAt),
  };
}

export async function findProduct(db: Executor, id: string) {
  const r = await db.selectFrom('products').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toProduct(r) : undefined;
}

export async function findCategory(db: Executor, id: string) {
  const r = await db.selectFrom('productCategories').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toCategory(r) : undefined;
}

export async function saveProduct(db: Executor, p: Product, isNew: boolean) {
  const row = {
    sku: p.sku,
    name: p.name,
    searchName: p.name.toLowerCase(),
    categoryId: p.categoryId,
    unit: p.unit,
    active: p.active ? 1 : 0,
    custom: toJson(p.custom),
    costPrice: p.costPrice,
    costCurrency: p.costCurrency,
    updatedAt: p.updatedAt,
  };
  if (isNew)
    await db
      .insertInto('products')
      .values({ ...row, id: p.id, createdAt: p.createdAt })
      .execute();
  else await db.updateTable('products').set(row).where('id', '=', p.id).execute();
}

/** SKUs are unique: a 409 is clearer than the constraint error. */
export async function checkSku(db: Executor, sku: string, selfId?: string) {
  const r = await db.selectFrom('products').select('id').where('sku', '=', sku).executeTakeFirst();
  if (r && r.id !== selfId)
    throw validationError('sku', `is already used by product ${r.id}`, 'already_used', {
      entity: 'product',
      id: r.id,
    });
}

/** The parent must exist and must not be the category itself or one of its descendants. */
export async function checkParent(db: Executor, parentId: string | null | undefined, selfId?: string) {
  let cur = parentId ?? null;
  for (let depth = 0; cur; depth++) {
    if (cur === selfId || depth > 50) throw validationError('parentId', 'would make a cycle', 'would_cycle');
    const c = await findCategory(db, cur);
    if (!c)
      throw validationError('parentId', `category ${cur} does not exist`, 'not_found', {
        entity: 'category',
        id: cur,
      });
    cur = c.parentId;
  }
}
