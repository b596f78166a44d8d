import type { Selectable } from 'kysely';

export interface PriceListsTable {
  id: string;
  name: string;
  searchName: string;
  /** The price type: `retail | wholesale | promo | partner`. */
  kind: string;
  currency: string;
  /** YYYY-MM-DD inclusive; null = open-ended. */
  validFrom: string | null;
  validTo: string | null;
  /** 0/1 */
  active: number;
  version: number;
  createdAt: number;
  updatedAt: number;
}

export interface PriceListPricesTable {
  id: string;
  priceListId: string;
  productId: string;
  /** Minor units, in the price list's currency. */
  unitPrice: number;
  /** The price applies from this quantity on. */
  minQuantity: number;
  createdAt: number;
  updatedAt: number;
}

export type PriceListRow = Selectable<PriceListsTable>;
export type PriceRow = Selectable<PriceListPricesTable>;
