export const PRICE_LIST_KINDS = ['retail', 'wholesale', 'promo', 'partner'] as const;
export type PriceListKind = (typeof PRICE_LIST_KINDS)[number];

export interface PriceList {
  id: string;
  name: string;
  kind: PriceListKind;
  currency: string;
  validFrom: string | null;
  validTo: string | null;
  active: boolean;
  version: number;
}
export type PriceListInput = Pick<
  PriceList,
  'name' | 'kind' | 'currency' | 'validFrom' | 'validTo' | 'active'
>;

export interface Price {
  id: string;
  priceListId: string;
  productId: string;
  sku: string | null;
  productName: string | null;
  unit: string | null;
  unitPrice: number;
  minQuantity: number;
}

export interface DealLine {
  id: string;
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
  /** Cost of one unit (the product's cost price when priced, or typed); null when unknown. */
  unitCost: number | null;
  /** total − unitCost × quantity; null when the cost is unknown. */
  margin: number | null;
}
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
export interface LineTotals {
  currency: string;
  subtotal: number;
  discount: number;
  total: number;
  /** Over the lines with a known cost. */
  cost: number;
  margin: number;
  /** Every line has a cost: cost and margin cover the deal. */
  costKnown: boolean;
}

export const QUOTE_LANGUAGES = ['en', 'ru', 'lv'] as const;
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

export interface CompanyDetails {
  legalName: string | null;
  address: string | null;
  taxId: string | null;
  registrationNumber: string | null;
  bankName: string | null;
  iban: string | null;
  swift: string | null;
  phone: string | null;
  email: string | null;
  website: string | null;
  vatRate: number | null;
  quoteValidityDays: number;
  logo: { contentType: string; size: number } | null;
  version: number;
}
