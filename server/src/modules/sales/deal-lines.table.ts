import type { Selectable } from 'kysely';

/** A priced line item of a deal; money in minor units of the deal's currency. */
export interface DealLinesTable {
  id: string;
  dealId: string;
  position: number;
  productId: string | null;
  /** Copied from the product when the line is saved: the line reads the same if the product changes. */
  sku: string | null;
  name: string;
  unit: string | null;
  priceListId: string | null;
  quantity: number;
  listUnitPrice: number | null;
  unitPrice: number;
  /** 0/1: unitPrice differs from the price list's price (recorded, shown, audited). */
  priceOverridden: number;
  discountPercent: number | null;
  discountAmount: number | null;
  subtotal: number;
  discount: number;
  total: number;
  /**
   * Cost of one unit (minor units of the deal's currency), snapshotted from the product's cost price
   * when the line is priced or its product changes, or typed for a free-text line; null = unknown.
   */
  unitCost: number | null;
  createdAt: number;
  updatedAt: number;
}

export type DealLineRow = Selectable<DealLinesTable>;
