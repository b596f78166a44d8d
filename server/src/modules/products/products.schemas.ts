import { z } from 'zod';

export const productBody = z.strictObject({
  sku: z.string().trim().min(1).max(100),
  name: z.string().trim().min(1).max(500),
  categoryId: z.string().nullable().optional(),
  unit: z.string().max(20).nullable().optional(),
  active: z.boolean().optional(),
  custom: z.record(z.string(), z.unknown()).optional(),
  /** What one unit costs the organisation (minor units); deal lines snapshot it for margins. */
  costPrice: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullable().optional(),
  /** The currency of costPrice (ISO 4217); required with a cost price. */
  costCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code')
    .nullable()
    .optional(),
});
export const productPatch = productBody.partial();
export type ProductInput = z.infer<typeof productBody>;

export const categoryBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  parentId: z.string().nullable().optional(),
});
export const categoryPatch = categoryBody.partial();

export interface Product {
  id: string;
  sku: string;
  name: string;
  categoryId: string | null;
  unit: string | null;
  active: boolean;
  custom: Record<string, unknown>;
  costPrice: number | null;
  costCurrency: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface Category {
  id: string;
  name: string;
  parentId: string | null;
  createdAt: number;
  updatedAt: number;
}
