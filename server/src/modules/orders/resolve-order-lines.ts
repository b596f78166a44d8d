import type { Executor } from '../../db/database.js';
import { validationError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { lineTotals } from './orders.repository.js';
import type { CreateOrderInput, OrderLine, OrderStatus } from './orders.schemas.js';

/**
 * Checks the lines against the status (negative quantities only on returned orders), links them to
 * products by id or SKU (a known product fills in name and category), and computes the totals.
 */
export async function resolveOrderLines(db: Executor, status: OrderStatus, input: CreateOrderInput['lines']) {
  input.forEach((l, i) => {
    if (l.quantity < 0 && status !== 'returned')
      throw validationError(
        `lines[${i}].quantity`,
        'may be negative only when the order status is returned',
        'negative_only_returned',
      );
    if (!l.productId && !l.sku && !l.productName)
      throw validationError(`lines[${i}]`, 'needs productId, sku or productName', 'required');
  });
  const ids = [...new Set(input.flatMap((l) => (l.productId ? [l.productId] : [])))];
  const skus = [...new Set(input.flatMap((l) => (l.sku && !l.productId ? [l.sku] : [])))];
  const products = [
    ...(ids.length ? await db.selectFrom('products').selectAll().where('id', 'in', ids).execute() : []),
    ...(skus.length ? await db.selectFrom('products').selectAll().where('sku', 'in', skus).execute() : []),
  ];
  const catIds = [...new Set(products.flatMap((p) => (p.categoryId ? [p.categoryId] : [])))];
  const cats = new Map(
    (catIds.length
      ? await db.selectFrom('productCategories').select(['id', 'name']).where('id', 'in', catIds).execute()
      : []
    ).map((c) => [c.id, c.name]),
  );
  const { totals, subtotal, discount, total } = lineTotals(input);
  const lines: OrderLine[] = input.map((l, i) => {
    const p = products.find((x) => (l.productId ? x.id === l.productId : x.sku === l.sku));
    if (l.productId && !p)
      throw validationError(`lines[${i}].productId`, `product ${l.productId} does not exist`, 'not_found', {
        entity: 'product',
        id: l.productId,
      });
    return {
      id: newId('oln'),
      position: i,
      productId: p?.id ?? null,
      sku: p?.sku ?? l.sku ?? null,
      productName: l.productName ?? p?.name ?? null,
      category: l.category ?? (p?.categoryId ? (cats.get(p.categoryId) ?? null) : null),
      quantity: l.quantity,
      unitPrice: l.unitPrice,
      discount: l.discount,
      total: totals[i]!,
    };
  });
  return { lines, subtotal, discount, total };
}
