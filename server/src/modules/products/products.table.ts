import type { Selectable } from 'kysely';

export interface ProductCategoriesTable {
  id: string;
  name: string;
  /** lower(name): imports match categories case-insensitively. */
  searchName: string;
  parentId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface ProductsTable {
  id: string;
  sku: string;
  name: string;
  searchName: string;
  categoryId: string | null;
  unit: string | null;
  /** 0/1 */
  active: number;
  custom: unknown;
  /** Cost of one unit in minor units of costCurrency; both null when unknown. */
  costPrice: number | null;
  costCurrency: string | null;
  createdAt: number;
  updatedAt: number;
}

export type ProductRow = Selectable<ProductsTable>;
export type CategoryRow = Selectable<ProductCategoriesTable>;
