import type { Executor } from '../../db/database.js';
import { validationError } from '../../platform/errors.js';
import { resolvePrice } from '../pricing/resolve-price.js';
import { findProduct } from '../products/products.repository.js';
import type { DealLineInput } from './deal-lines.schemas.js';
import type { Deal } from './deals.schemas.js';

/** The day a deal is priced on: its expected close date, else today (UTC). */
export function pricingDate(deal: Pick<Deal, 'expectedCloseDate'>, now: number): string {
  return deal.expectedCloseDate ?? new Date(now).toISOString().slice(0, 10);
}

/**
 * Computes a line: product snapshot, unit price from the price list valid on the deal's pricing date
 * (or the caller's override, recorded as such), discount and totals in minor units:
 * `subtotal = round(quantity × unitPrice)`, `discount = round(subtotal × percent / 100)` or the amount,
 * `total = subtotal − discount`.
 */
export async function priceDealLine(db: Executor, deal: Deal, input: DealLineInput, now: number) {
  const product = await findProduct(db, input.productId);
  if (!product) throw validationError('productId', `product ${input.productId} does not exist`);
  if (input.discountPercent != null && input.discountAmount != null)
    throw validationError('discountAmount', 'give discountPercent or discountAmount, not both');
  let listUnitPrice: number | null = null;
  if (input.priceListId) {
    const resolved = await resolvePrice(db, {
      priceListId: input.priceListId,
      productId: product.id,
      quantity: input.quantity,
      onDate: pricingDate(deal, now),
      currency: deal.currency,
    });
    listUnitPrice = resolved.unitPrice;
  } else if (input.unitPrice == null) {
    throw validationError('unitPrice', 'is required for a line without a price list');
  }
  const unitPrice = input.unitPrice ?? listUnitPrice!;
  const subtotal = Math.round(input.quantity * unitPrice);
  const discount =
    input.discountPercent != null
      ? Math.round((subtotal * input.discountPercent) / 100)
      : (input.discountAmount ?? 0);
  if (discount > subtotal) throw validationError('discountAmount', `is more than the line's ${subtotal}`);
  return {
    productId: product.id,
    sku: product.sku,
    name: input.name ?? product.name,
    unit: product.unit,
    priceListId: input.priceListId ?? null,
    quantity: input.quantity,
    listUnitPrice,
    unitPrice,
    priceOverridden: listUnitPrice !== null && unitPrice !== listUnitPrice,
    discountPercent: input.discountPercent ?? null,
    discountAmount: input.discountPercent != null ? null : (input.discountAmount ?? null),
    subtotal,
    discount,
    total: subtotal - discount,
  };
}
