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

/** What a line sells, before any money: a product snapshot and its list price, or free text. */
interface LineItem {
  productId: string | null;
  sku: string | null;
  name: string;
  unit: string | null;
  priceListId: string | null;
  listUnitPrice: number | null;
  /** Cost of one unit in the deal's currency; null = unknown. */
  unitCost: number | null;
}

/**
 * A free-text line (a service: "Installation", consulting hours) has no product and so no price
 * list: its name and unit price are what the caller typed.
 */
function freeTextItem(input: DealLineInput): LineItem {
  if (!input.name) throw validationError('name', 'is required for a line without a product', 'required');
  if (input.unitPrice == null)
    throw validationError('unitPrice', 'is required for a line without a product', 'required');
  if (input.priceListId)
    throw validationError(
      'priceListId',
      'a line without a product has no price list; give unitPrice',
      'needs_product',
    );
  return {
    productId: null,
    sku: null,
    name: input.name,
    unit: input.unit ?? null,
    priceListId: null,
    listUnitPrice: null,
    unitCost: input.unitCost ?? null,
  };
}

/**
 * The product's cost price when it is in the deal's currency. A cost in another currency is not
 * converted (no exchange rates here): the line's cost stays unknown rather than wrong.
 */
function productUnitCost(p: { costPrice: number | null; costCurrency: string | null }, currency: string) {
  return p.costPrice != null && p.costCurrency === currency ? p.costPrice : null;
}

async function productItem(
  db: Executor,
  deal: Deal,
  input: DealLineInput & { productId: string },
  now: number,
): Promise<LineItem> {
  const product = await findProduct(db, input.productId);
  if (!product)
    throw validationError('productId', `product ${input.productId} does not exist`, 'not_found', {
      entity: 'product',
      id: input.productId,
    });
  if (input.unitCost !== undefined)
    throw validationError('unitCost', "a product line takes its product's cost price", 'set_by_product');
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
    throw validationError('unitPrice', 'is required for a line without a price list', 'required');
  }
  return {
    productId: product.id,
    sku: product.sku,
    name: input.name ?? product.name,
    unit: input.unit !== undefined ? input.unit : product.unit,
    priceListId: input.priceListId ?? null,
    listUnitPrice,
    unitCost: productUnitCost(product, deal.currency),
  };
}

/**
 * Computes a line: product snapshot (with its cost price as the unit cost), unit price from the price list valid on the deal's pricing date
 * (or the caller's override, recorded as such) — or, without a product, the free text and price
 * given — then discount and totals in minor units:
 * `subtotal = round(quantity × unitPrice)`, `discount = round(subtotal × percent / 100)` or the amount,
 * `total = subtotal − discount`.
 */
export async function priceDealLine(db: Executor, deal: Deal, input: DealLineInput, now: number) {
  if (input.discountPercent != null && input.discountAmount != null)
    throw validationError(
      'discountAmount',
      'give discountPercent or discountAmount, not both',
      'mutually_exclusive',
      { other: 'discountPercent' },
    );
  const productId = input.productId;
  const item =
    productId == null ? freeTextItem(input) : await productItem(db, deal, { ...input, productId }, now);
  const unitPrice = input.unitPrice ?? item.listUnitPrice!;
  const subtotal = Math.round(input.quantity * unitPrice);
  const discount =
    input.discountPercent != null
      ? Math.round((subtotal * input.discountPercent) / 100)
      : (input.discountAmount ?? 0);
  if (discount > subtotal)
    throw validationError('discountAmount', `is more than the line's ${subtotal}`, 'exceeds_total', {
      maximum: subtotal,
    });
  return {
    ...item,
    quantity: input.quantity,
    unitPrice,
    priceOverridden: item.listUnitPrice !== null && unitPrice !== item.listUnitPrice,
    discountPercent: input.discountPercent ?? null,
    discountAmount: input.discountPercent != null ? null : (input.discountAmount ?? null),
    subtotal,
    discount,
    total: subtotal - discount,
  };
}

export type PricedLine = Awaited<ReturnType<typeof priceDealLine>>;
