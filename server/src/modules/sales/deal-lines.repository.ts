import type { Executor } from '../../db/database.js';
import { validationError } from '../../platform/errors.js';
import type { DealLine, LineTotals } from './deal-lines.schemas.js';
import type { DealLineRow } from './deal-lines.table.js';
import { lineCost, lineMargin } from './line-margin.js';

export function toDealLine(r: DealLineRow): DealLine {
  const num = (v: number | null) => (v == null ? null : Number(v));
  return {
    id: r.id,
    dealId: r.dealId,
    position: r.position,
    productId: r.productId,
    sku: r.sku,
    name: r.name,
    unit: r.unit,
    priceListId: r.priceListId,
    quantity: Number(r.quantity),
    listUnitPrice: num(r.listUnitPrice),
    unitPrice: Number(r.unitPrice),
    priceOverridden: r.priceOverridden === 1,
    discountPercent: num(r.discountPercent),
    discountAmount: num(r.discountAmount),
    subtotal: Number(r.subtotal),
    discount: Number(r.discount),
    total: Number(r.total),
    unitCost: num(r.unitCost),
    margin: lineMargin({ total: Number(r.total), unitCost: num(r.unitCost), quantity: Number(r.quantity) }),
    createdAt: Number(r.createdAt),
    updatedAt: Number(r.updatedAt),
  };
}

export async function listDealLines(db: Executor, dealId: string): Promise<DealLine[]> {
  const rows = await db
    .selectFrom('dealLines')
    .selectAll()
    .where('dealId', '=', dealId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(toDealLine);
}

export async function findDealLine(db: Executor, dealId: string, lineId: string) {
  const r = await db
    .selectFrom('dealLines')
    .selectAll()
    .where('dealId', '=', dealId)
    .where('id', '=', lineId)
    .executeTakeFirst();
  return r ? toDealLine(r) : undefined;
}

/** Sums of the lines; cost and margin over the lines whose cost is known (costKnown: all of them). */
export function totalsOf(lines: DealLine[], currency: string): LineTotals {
  const costed = lines.filter((l) => l.unitCost != null);
  return {
    currency,
    subtotal: lines.reduce((s, l) => s + l.subtotal, 0),
    discount: lines.reduce((s, l) => s + l.discount, 0),
    total: lines.reduce((s, l) => s + l.total, 0),
    cost: costed.reduce((s, l) => s + lineCost(l)!, 0),
    margin: costed.reduce((s, l) => s + l.margin!, 0),
    costKnown: lines.length > 0 && costed.length === lines.length,
  };
}

export async function countDealLines(db: Executor, dealId: string): Promise<number> {
  const r = await db
    .selectFrom('dealLines')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('dealId', '=', dealId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** With line items the amount is their sum and the currency is theirs: a PATCH may not set either. */
export async function checkLinedAmount(
  db: Executor,
  deal: { id: string; amount: number; currency: string },
  input: { amount?: number; currency?: string },
): Promise<void> {
  const amountChange = input.amount !== undefined && input.amount !== deal.amount;
  const currencyChange = input.currency !== undefined && input.currency !== deal.currency;
  if (!amountChange && !currencyChange) return;
  if ((await countDealLines(db, deal.id)) === 0) return;
  if (amountChange)
    throw validationError(
      'amount',
      "is the sum of the deal's line items; change the lines",
      'locked_by_lines',
    );
  throw validationError('currency', 'cannot change while the deal has line items', 'locked_by_lines');
}
