import type { PRICE_LIST_KINDS as KINDS, PriceList } from '@server/modules/pricing/price-lists.schemas.js';
import type { QUOTE_LANGUAGES as LANGUAGES } from '@server/modules/quotes/quotes.schemas.js';
import { allOf } from '../../api/server-types.js';

// The records as the API answers them: the server's own types (docs/architecture.md).
export type { Price, PriceList } from '@server/modules/pricing/price-lists.schemas.js';
export type { DealLine, LineTotals } from '@server/modules/sales/deal-lines.schemas.js';
export type { CompanyDetails } from '@server/modules/settings/company-details.schemas.js';

export const PRICE_LIST_KINDS = allOf<(typeof KINDS)[number]>()(['retail', 'wholesale', 'promo', 'partner']);
export type PriceListKind = (typeof PRICE_LIST_KINDS)[number];

export type PriceListInput = Pick<
  PriceList,
  'name' | 'kind' | 'currency' | 'validFrom' | 'validTo' | 'active'
>;

export interface DealLineInput {
  /** null: a free-text line (a service), priced by hand with its own name and unit. */
  productId: string | null;
  priceListId?: string | null;
  quantity: number;
  unitPrice?: number | null;
  discountPercent?: number | null;
  discountAmount?: number | null;
  name?: string;
  unit?: string | null;
  /** Free-text lines only. */
  unitCost?: number | null;
}
export const QUOTE_LANGUAGES = allOf<(typeof LANGUAGES)[number]>()(['en', 'ru', 'lv']);
export interface Quote {
  id: string;
  number: string;
  language: (typeof QUOTE_LANGUAGES)[number];
  downloadUrl: string | null;
  currency: string;
  netTotal: number;
  vatAmount: number;
  total: number;
  validUntil: string;
  createdAt: number;
}
