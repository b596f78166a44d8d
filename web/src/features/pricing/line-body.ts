import type { DealLineInput } from './pricing.types.js';

/** The add-line form as typed: money in major units as the inputs hold it, empty as null. */
export interface LineDraft {
  kind: 'product' | 'text';
  productId: string | null;
  priceListId: string | null;
  name: string;
  unit: string;
  quantity: number;
  /** Minor units, or null when the field is empty. */
  unitPrice: number | null;
  /** The user typed the price (otherwise a price list's price fills the field). */
  priceEdited: boolean;
  /** The user holds `deals:override_prices`: may set a price other than the list's, or a discount. */
  canOverride: boolean;
  discountKind: 'percent' | 'amount';
  /** Percent, or an amount in major units. */
  discount: number | null;
  /** A free-text line's cost of one unit, minor units; null/absent when unknown (a product's comes from it). */
  unitCost?: number | null;
}

/**
 * The POST body for a draft line. A product line sends a unit price only when the user typed one or
 * there is no price list (the server takes the list's price otherwise); a free-text line sends its
 * name, unit, price and (when typed) unit cost, and no product or list. Empty text goes as absent, so the server names it.
 * Without `deals:override_prices` a listed line takes the list's price and no line has a discount.
 */
export function lineBody(d: LineDraft): DealLineInput {
  const given = d.canOverride ? d.discount : null;
  const discount = {
    discountPercent: d.discountKind === 'percent' ? given : null,
    discountAmount: d.discountKind === 'amount' && given != null ? Math.round(given * 100) : null,
  };
  if (d.kind === 'text')
    return {
      productId: null,
      name: d.name.trim() || undefined,
      unit: d.unit.trim() || null,
      quantity: d.quantity,
      unitPrice: d.unitPrice,
      ...discount,
      ...(d.unitCost != null ? { unitCost: d.unitCost } : {}),
    };
  return {
    productId: d.productId ?? '',
    priceListId: d.priceListId,
    quantity: d.quantity,
    unitPrice: (d.priceEdited && d.canOverride) || !d.priceListId ? d.unitPrice : undefined,
    ...discount,
  };
}
