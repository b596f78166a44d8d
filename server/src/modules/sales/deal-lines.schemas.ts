import { z } from 'zod';

const id = z.string().min(1).max(100);

export const dealLineBody = z.strictObject({
  /** The catalogue product; absent or null makes a free-text line (a service: `name` and `unitPrice` required). */
  productId: id.nullable().optional(),
  /** Where the unit price comes from; without it `unitPrice` is required. Product lines only. */
  priceListId: id.nullable().optional(),
  quantity: z.number().positive().max(1e9),
  /** An override of the price list's price (recorded as such), or the price of an unlisted line. */
  unitPrice: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  discountPercent: z.number().min(0).max(100).nullable().optional(),
  discountAmount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  /** Text on the quote; defaults to the product's name. Required without a product. */
  name: z.string().trim().min(1).max(500).optional(),
  /** Unit printed after the quantity ("h", "pcs"); defaults to the product's. */
  unit: z.string().trim().min(1).max(50).nullable().optional(),
  /** Cost of one unit of a free-text line (minor units); product lines take their product's cost price. */
  unitCost: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
});
export const dealLinePatch = dealLineBody.partial();
export type DealLineInput = z.infer<typeof dealLineBody>;
export type DealLinePatch = z.infer<typeof dealLinePatch>;

export const lineParams = z.object({ id: z.string(), lineId: z.string() });

export type DealLine = {
  id: string;
  dealId: string;
  position: number;
  productId: string | null;
  sku: string | null;
  name: string;
  unit: string | null;
  priceListId: string | null;
  quantity: number;
  listUnitPrice: number | null;
  unitPrice: number;
  priceOverridden: boolean;
  discountPercent: number | null;
  discountAmount: number | null;
  subtotal: number;
  discount: number;
  total: number;
  /** Cost of one unit; null when unknown. */
  unitCost: number | null;
  /** total − round(unitCost × quantity); null when the cost is unknown. */
  margin: number | null;
  createdAt: number;
  updatedAt: number;
};

export interface LineTotals {
  currency: string;
  subtotal: number;
  discount: number;
  total: number;
  /** Σ round(unitCost × quantity) over the lines with a known cost. */
  cost: number;
  /** Σ margin over the lines with a known cost. */
  margin: number;
  /** Every line has a cost (and there is at least one line): cost and margin cover the whole deal. */
  costKnown: boolean;
}
