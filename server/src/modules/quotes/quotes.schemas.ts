import { z } from 'zod';

export const QUOTE_LANGUAGES = ['en', 'ru', 'lv'] as const;
export type QuoteLanguage = (typeof QUOTE_LANGUAGES)[number];

export const createQuoteBody = z.strictObject({
  /** Defaults to the customer's language, else the user's, else English. */
  language: z.enum(QUOTE_LANGUAGES).optional(),
  /** YYYY-MM-DD; defaults to today + the company's quote validity (30 days). */
  validUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
    .optional(),
});
export type CreateQuoteInput = z.infer<typeof createQuoteBody>;

export interface QuoteLine {
  name: string;
  sku: string | null;
  unit: string | null;
  quantity: number;
  unitPrice: number;
  discount: number;
  discountPercent: number | null;
  total: number;
}

export interface Quote {
  id: string;
  dealId: string;
  number: string;
  language: QuoteLanguage;
  attachmentId: string | null;
  downloadUrl: string | null;
  currency: string;
  subtotal: number;
  discount: number;
  netTotal: number;
  vatRate: number | null;
  vatAmount: number;
  total: number;
  validUntil: string;
  lines: QuoteLine[];
  createdAt: number;
  createdBy: string | null;
}
