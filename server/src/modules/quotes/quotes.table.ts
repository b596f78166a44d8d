import type { Selectable } from 'kysely';

/** A generated quote (commercial proposal): its number, totals as printed, and the PDF attachment. */
export interface QuotesTable {
  id: string;
  dealId: string;
  /** `Q-2026-0001`: per-year sequence, gap-free. */
  number: string;
  language: string;
  attachmentId: string | null;
  currency: string;
  subtotal: number;
  discount: number;
  netTotal: number;
  vatRate: number | null;
  vatAmount: number;
  total: number;
  /** YYYY-MM-DD */
  validUntil: string;
  /** The line items as printed (JSON), so the record matches the PDF even if the deal changes. */
  lines: unknown;
  createdAt: number;
  createdBy: string | null;
}

/** Named counters for document numbers (`quote:2026`); incremented inside the document's transaction. */
export interface DocumentSequencesTable {
  name: string;
  value: number;
}

export type QuoteRow = Selectable<QuotesTable>;
