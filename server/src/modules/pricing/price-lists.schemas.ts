import { z } from 'zod';

export const PRICE_LIST_KINDS = ['retail', 'wholesale', 'promo', 'partner'] as const;
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const priceListBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  kind: z.enum(PRICE_LIST_KINDS).default('retail'),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code'),
  validFrom: date.nullable().optional(),
  validTo: date.nullable().optional(),
  active: z.boolean().optional(),
});
export const priceListPatch = z.strictObject({
  name: priceListBody.shape.name.optional(),
  kind: z.enum(PRICE_LIST_KINDS).optional(),
  currency: priceListBody.shape.currency.optional(),
  validFrom: date.nullable().optional(),
  validTo: date.nullable().optional(),
  active: z.boolean().optional(),
});
export type PriceListInput = z.infer<typeof priceListPatch>;

export const priceBody = z.strictObject({
  productId: z.string().min(1).max(100),
  unitPrice: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  minQuantity: z.number().positive().max(1e9).default(1),
});
export type PriceInput = z.infer<typeof priceBody>;

export const priceParams = z.object({ id: z.string(), priceId: z.string() });

export type PriceList = {
  id: string;
  name: string;
  kind: (typeof PRICE_LIST_KINDS)[number];
  currency: string;
  validFrom: string | null;
  validTo: string | null;
  active: boolean;
  version: number;
  createdAt: number;
  updatedAt: number;
};

export type Price = {
  id: string;
  priceListId: string;
  productId: string;
  sku: string | null;
  productName: string | null;
  unit: string | null;
  unitPrice: number;
  minQuantity: number;
  createdAt: number;
  updatedAt: number;
};
