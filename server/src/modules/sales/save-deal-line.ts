import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { isPostgres } from '../../db/portable.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { checkPriceOverride } from './check-price-override.js';
import { findDealLine, listDealLines } from './deal-lines.repository.js';
import type { DealLine, DealLineInput, DealLinePatch } from './deal-lines.schemas.js';
import { requireDeal } from './deals.repository.js';
import type { Deal } from './deals.schemas.js';
import { lineMargin } from './line-margin.js';
import { priceDealLine } from './price-deal-line.js';

type LineEvent = 'deal.line_added' | 'deal.line_changed' | 'deal.line_removed';

/**
 * After any line change: the deal's amount becomes the sum of its line totals, its version is bumped,
 * and the event (on the deal and its customer's timeline) and audit row are written.
 */
export async function afterLineChange(
  trx: Executor,
  ctx: AppContext,
  actor: Actor,
  deal: Deal,
  type: LineEvent,
  before: DealLine | null,
  after: DealLine | null,
): Promise<Deal> {
  const lines = await listDealLines(trx, deal.id);
  const amount = lines.reduce((s, l) => s + l.total, 0);
  const now = ctx.clock.now();
  await trx
    .updateTable('deals')
    .set({ amount, version: deal.version + 1, updatedAt: now })
    .where('id', '=', deal.id)
    .execute();
  const line = (after ?? before)!;
  await appendEvent(trx, ctx.clock, actor, {
    type,
    entityType: 'deal',
    entityId: deal.id,
    personId: deal.personId,
    companyId: deal.companyId,
    payload: {
      title: deal.title,
      amount,
      currency: deal.currency,
      lineId: line.id,
      name: line.name,
      sku: line.sku,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      listUnitPrice: line.listUnitPrice,
      priceOverridden: line.priceOverridden,
      discount: line.discount,
      total: line.total,
    },
  });
  await recordAudit(trx, ctx, actor, {
    entityType: 'deal_line',
    entityId: line.id,
    action: type === 'deal.line_added' ? 'create' : type === 'deal.line_removed' ? 'delete' : 'update',
    before,
    after,
  });
  return { ...deal, amount, version: deal.version + 1, updatedAt: now };
}

/**
 * The deal, locked for the rest of the transaction on PostgreSQL (SQLite has one writer): two line
 * changes at once must not both sum the lines without the other's and store a wrong amount.
 */
async function visibleDeal(trx: Executor, principal: Principal, dealId: string) {
  if (isPostgres(trx))
    await trx.selectFrom('deals').select('id').where('id', '=', dealId).forUpdate().execute();
  return requireDeal(trx, principal, dealId);
}

/** Adds a priced line at the end of the deal's lines (a price override needs `deals:override_prices`). */
export async function addDealLine(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  dealId: string,
  input: DealLineInput,
): Promise<{ line: DealLine; deal: Deal }> {
  return ctx.db.transaction().execute(async (trx) => {
    const deal = await visibleDeal(trx, principal, dealId);
    const now = ctx.clock.now();
    const priced = await priceDealLine(trx, deal, input, now);
    checkPriceOverride(principal, priced, null);
    const existing = await listDealLines(trx, deal.id);
    const row = {
      ...priced,
      id: newId('dln'),
      dealId: deal.id,
      position: existing.length ? Math.max(...existing.map((l) => l.position)) + 1 : 0,
      createdAt: now,
      updatedAt: now,
    };
    await trx
      .insertInto('dealLines')
      .values({ ...row, priceOverridden: row.priceOverridden ? 1 : 0 })
      .execute();
    const line: DealLine = { ...row, margin: lineMargin(row) };
    return { line, deal: await afterLineChange(trx, ctx, actor, deal, 'deal.line_added', null, line) };
  });
}

/**
 * Changes a line and prices it again. A price that was overridden stays overridden unless a new
 * `unitPrice` (or `null`, back to the list price) is sent; naming another price list takes its price.
 * `productId: null` turns the line into free text (its name, unit and unit price stay); a product id
 * turns a free-text line into a product line. The unit cost is the product's cost price again when
 * the product changes; otherwise the snapshot stays (a later change of the product's cost does not
 * rewrite a deal already priced).
 */
export async function changeDealLine(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  dealId: string,
  lineId: string,
  patch: DealLinePatch,
): Promise<{ line: DealLine; deal: Deal }> {
  return ctx.db.transaction().execute(async (trx) => {
    const deal = await visibleDeal(trx, principal, dealId);
    const before = await findDealLine(trx, deal.id, lineId);
    if (!before) throw notFound('Deal line', lineId);
    // null makes the line free text; absent keeps it as it is (a line whose product was deleted is
    // free text now, and keeps its SKU snapshot).
    const productId = patch.productId !== undefined ? patch.productId : before.productId;
    // The line keeps its unit price unless it follows its price list, or a new price list is named.
    const newList = patch.priceListId != null && patch.priceListId !== before.priceListId;
    const keepPrice =
      productId == null ||
      (!newList && (before.priceOverridden || before.priceListId === null || patch.priceListId === null));
    // The cost is snapshotted again only when the product changes; a free-text line keeps its cost
    // unless a new one is typed.
    const sameProduct = productId != null && productId === before.productId;
    const merged: DealLineInput = {
      productId,
      ...(productId == null
        ? { unitCost: patch.unitCost !== undefined ? patch.unitCost : before.unitCost }
        : patch.unitCost !== undefined
          ? { unitCost: patch.unitCost }
          : {}),
      priceListId:
        patch.priceListId !== undefined ? patch.priceListId : productId == null ? null : before.priceListId,
      quantity: patch.quantity ?? before.quantity,
      unitPrice: patch.unitPrice !== undefined ? patch.unitPrice : keepPrice ? before.unitPrice : null,
      name: patch.name ?? (patch.productId ? undefined : before.name),
      unit: patch.unit !== undefined ? patch.unit : patch.productId ? undefined : before.unit,
      ...(patch.discountPercent !== undefined || patch.discountAmount !== undefined
        ? { discountPercent: patch.discountPercent ?? null, discountAmount: patch.discountAmount ?? null }
        : { discountPercent: before.discountPercent, discountAmount: before.discountAmount }),
    };
    const now = ctx.clock.now();
    const priced = await priceDealLine(trx, deal, merged, now);
    if (priced.productId == null && patch.productId === undefined) priced.sku = before.sku;
    if (sameProduct) priced.unitCost = before.unitCost;
    checkPriceOverride(principal, priced, before);
    const after: DealLine = { ...before, ...priced, margin: lineMargin(priced), updatedAt: now };
    await trx
      .updateTable('dealLines')
      .set({ ...priced, priceOverridden: priced.priceOverridden ? 1 : 0, updatedAt: now })
      .where('id', '=', lineId)
      .execute();
    return {
      line: after,
      deal: await afterLineChange(trx, ctx, actor, deal, 'deal.line_changed', before, after),
    };
  });
}

export async function removeDealLine(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  dealId: string,
  lineId: string,
): Promise<Deal> {
  return ctx.db.transaction().execute(async (trx) => {
    const deal = await visibleDeal(trx, principal, dealId);
    const before = await findDealLine(trx, deal.id, lineId);
    if (!before) throw notFound('Deal line', lineId);
    await trx.deleteFrom('dealLines').where('id', '=', lineId).execute();
    return afterLineChange(trx, ctx, actor, deal, 'deal.line_removed', before, null);
  });
}
