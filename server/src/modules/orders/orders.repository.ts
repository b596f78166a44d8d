import type { Executor } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { applyVisibility } from '../../platform/auth/visibility.js';
import { withCustomerNames } from '../companies/customer-names.js';
import { ORDER_STATUSES, type Order, type OrderLine, type OrderStatus } from './orders.schemas.js';
import type { OrderLineRow, OrderRow } from './orders.table.js';

/**
 * `orders` rows the principal may see. An order's owner is its customer's owner at creation (else the
 * creating user), so an order is visible to whoever sees its customer.
 */
export function visibleOrders(db: Executor, principal: Principal) {
  return applyVisibility(db.selectFrom('orders').selectAll('orders'), principal, 'orders.ownerId');
}

export function toOrder(r: OrderRow): Order {
  return {
    id: r.id,
    externalId: r.externalId,
    number: r.number,
    personId: r.personId,
    companyId: r.companyId,
    ownerId: r.ownerId,
    orderedAt: Number(r.orderedAt),
    status: r.status as OrderStatus,
    channel: r.channel,
    storeId: r.storeId,
    location: r.location,
    currency: r.currency,
    subtotal: Number(r.subtotal),
    discount: Number(r.discount),
    total: Number(r.total),
    lineCount: r.lineCount,
    version: r.version,
    createdAt: Number(r.createdAt),
    updatedAt: Number(r.updatedAt),
  };
}

export function toLine(r: OrderLineRow): OrderLine {
  return {
    id: r.id,
    position: r.position,
    productId: r.productId,
    sku: r.sku,
    productName: r.productName,
    category: r.category,
    quantity: Number(r.quantity),
    unitPrice: Number(r.unitPrice),
    discount: Number(r.discount),
    total: Number(r.total),
  };
}

export async function orderLines(db: Executor, orderId: string): Promise<OrderLine[]> {
  const rows = await db
    .selectFrom('orderLines')
    .selectAll()
    .where('orderId', '=', orderId)
    .orderBy('position')
    .execute();
  return rows.map(toLine);
}

/** One visible order with its lines and its customer's name. */
export async function findOrder(db: Executor, principal: Principal, id: string): Promise<Order | undefined> {
  const row = await visibleOrders(db, principal).where('orders.id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [named] = await withCustomerNames(db, principal, [toOrder(row)]);
  const lines = await orderLines(db, row.id);
  return { ...named!, lines, allowedStatuses: allowedStatuses(lines) };
}

/**
 * The statuses an order with these lines may have (its current one included): a return with negative
 * quantities stays `returned` (they are only valid there); any other order may take any status.
 */
export function allowedStatuses(lines: OrderLine[]): OrderStatus[] {
  return lines.some((l) => l.quantity < 0) ? ['returned'] : [...ORDER_STATUSES];
}

/** An order by external id or idempotency key, regardless of visibility (idempotent creation). */
export async function findOrderByKey(db: Executor, key: { externalId?: string; idempotencyKey?: string }) {
  if (key.externalId) {
    const r = await db
      .selectFrom('orders')
      .selectAll()
      .where('externalId', '=', key.externalId)
      .executeTakeFirst();
    if (r) return r;
  }
  if (key.idempotencyKey)
    return db
      .selectFrom('orders')
      .selectAll()
      .where('idempotencyKey', '=', key.idempotencyKey)
      .executeTakeFirst();
  return undefined;
}

/** Line total and order totals in minor units: subtotal = Σ round(qty × price), total = subtotal − discounts. */
export function lineTotals(lines: { quantity: number; unitPrice: number; discount: number }[]) {
  let subtotal = 0;
  let discount = 0;
  const totals = lines.map((l) => {
    const gross = Math.round(l.quantity * l.unitPrice);
    subtotal += gross;
    discount += l.discount;
    return gross - l.discount;
  });
  return { totals, subtotal, discount, total: subtotal - discount };
}

/** Visible orders of a person per currency (cancelled ones left out): count and Σ total. */
export async function personOrderTotals(db: Executor, principal: Principal, personId: string) {
  const rows = await applyVisibility(
    db
      .selectFrom('orders')
      .select((eb) => [
        'currency',
        eb.fn.countAll<number>().as('orders'),
        eb.fn.sum<number>('total').as('total'),
      ])
      .where('personId', '=', personId)
      .where('status', '!=', 'cancelled')
      .groupBy('currency'),
    principal,
    'orders.ownerId',
  ).execute();
  return rows.map((s) => ({ currency: s.currency, orders: Number(s.orders), total: Number(s.total) }));
}
