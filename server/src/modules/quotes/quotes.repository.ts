import type { Executor } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import type { Quote, QuoteLanguage, QuoteLine } from './quotes.schemas.js';
import type { QuoteRow } from './quotes.table.js';

export function toQuote(r: QuoteRow): Quote {
  return {
    id: r.id,
    dealId: r.dealId,
    number: r.number,
    language: r.language as QuoteLanguage,
    attachmentId: r.attachmentId,
    downloadUrl: r.attachmentId ? `/api/v1/attachments/${r.attachmentId}/download` : null,
    currency: r.currency,
    subtotal: Number(r.subtotal),
    discount: Number(r.discount),
    netTotal: Number(r.netTotal),
    vatRate: r.vatRate == null ? null : Number(r.vatRate),
    vatAmount: Number(r.vatAmount),
    total: Number(r.total),
    validUntil: r.validUntil,
    lines: fromJson<QuoteLine[]>(r.lines),
    createdAt: Number(r.createdAt),
    createdBy: r.createdBy,
  };
}

/** A deal's quotes, newest first. */
export async function listQuotes(db: Executor, dealId: string): Promise<Quote[]> {
  const rows = await db
    .selectFrom('quotes')
    .selectAll()
    .where('dealId', '=', dealId)
    .orderBy('createdAt', 'desc')
    .orderBy('number', 'desc')
    .execute();
  return rows.map(toQuote);
}
