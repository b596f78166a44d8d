import crypto from 'node:crypto';
import { Readable } from 'node:stream';
import type { AppContext } from '../../context.js';
import { toJson } from '../../db/json.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { findUserById } from '../../platform/users/user.repository.js';
import { storageFor } from '../attachments/file-storage.js';
import { listDealLines } from '../sales/deal-lines.repository.js';
import { requireDeal } from '../sales/deals.repository.js';
import { getCompanyDetails } from '../settings/company-details.repository.js';
import { readCompanyLogo } from '../settings/company-logo.js';
import { nextDocumentNumber, quoteNumber } from './next-document-number.js';
import { quoteCustomer } from './quote-customer.js';
import { QUOTE_TEXTS } from './quote-texts.js';
import { toQuote } from './quotes.repository.js';
import type { CreateQuoteInput, Quote, QuoteLanguage, QuoteLine } from './quotes.schemas.js';
import { renderQuotePdfInThread } from './render-quote-pdf-in-thread.js';

const DAY = 86_400_000;

/**
 * Generates a numbered quote PDF for a deal with line items: the number (`Q-<year>-<seq>`) is taken,
 * the PDF rendered and stored as a file of the deal, and the quote row and `quote.created` event
 * (on the deal's and the customer's timelines) written, all in one transaction, so a failure gives
 * the number back and removes the bytes. Totals: net = Σ line totals, VAT = round(net × rate / 100).
 */
export async function createQuote(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  dealId: string,
  input: CreateQuoteInput,
): Promise<Quote> {
  const deal = await requireDeal(ctx.db, principal, dealId);
  const lines = await listDealLines(ctx.db, deal.id);
  if (lines.length === 0) throw validationError('lines', 'the deal has no line items to quote', 'no_lines');
  const seller = await getCompanyDetails(ctx.db);
  const logo = await readCompanyLogo(ctx, seller);
  const now = ctx.clock.now();
  const today = new Date(now).toISOString().slice(0, 10);
  const validUntil =
    input.validUntil ?? new Date(now + seller.quoteValidityDays * DAY).toISOString().slice(0, 10);
  if (validUntil < today) throw validationError('validUntil', 'is in the past', 'in_the_past');
  const probe = await quoteCustomer(ctx.db, principal, deal, '');
  const user = principal.userId ? await findUserById(ctx.db, principal.userId) : undefined;
  const userLang = user?.locale?.slice(0, 2);
  const language: QuoteLanguage =
    input.language ?? probe.language ?? (userLang === 'ru' || userLang === 'lv' ? userLang : 'en');
  const customer = await quoteCustomer(ctx.db, principal, deal, QUOTE_TEXTS[language].vatNo!);

  const printed: QuoteLine[] = lines.map((l) => ({
    name: l.name,
    sku: l.sku,
    unit: l.unit,
    quantity: l.quantity,
    unitPrice: l.unitPrice,
    discount: l.discount,
    discountPercent: l.discountPercent,
    total: l.total,
  }));
  const subtotal = lines.reduce((s, l) => s + l.subtotal, 0);
  const discount = lines.reduce((s, l) => s + l.discount, 0);
  const netTotal = subtotal - discount;
  const vatAmount = seller.vatRate == null ? 0 : Math.round((netTotal * seller.vatRate) / 100);

  const quoteId = newId('quo');
  const attachmentId = newId('att');
  const storage = storageFor(ctx.config);
  let stored = false;
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const year = new Date(now).getUTCFullYear();
      const number = quoteNumber(year, await nextDocumentNumber(trx, `quote:${year}`));
      // Rendering is CPU work in the quote thread; the number stays taken (locked) meanwhile.
      const pdf = await renderQuotePdfInThread({
        number,
        language,
        date: today,
        validUntil,
        currency: deal.currency,
        seller,
        logo,
        customer,
        dealTitle: deal.title,
        lines: printed,
        subtotal,
        discount,
        netTotal,
        vatRate: seller.vatRate,
        vatAmount,
        total: netTotal + vatAmount,
        createdAt: now,
      });
      await storage.put(attachmentId, Readable.from([pdf]));
      stored = true;
      await trx
        .insertInto('attachments')
        .values({
          id: attachmentId,
          personId: null,
          companyId: null,
          dealId: deal.id,
          kind: 'file',
          filename: `${number}.pdf`,
          contentType: 'application/pdf',
          size: pdf.length,
          sha256: crypto.createHash('sha256').update(pdf).digest('hex'),
          storageKey: attachmentId,
          createdAt: now,
          actorType: actor.type,
          actorId: actor.id,
        })
        .execute();
      const row = {
        id: quoteId,
        dealId: deal.id,
        number,
        language,
        attachmentId,
        currency: deal.currency,
        subtotal,
        discount,
        netTotal,
        vatRate: seller.vatRate,
        vatAmount,
        total: netTotal + vatAmount,
        validUntil,
        lines: toJson(printed),
        createdAt: now,
        createdBy: principal.userId,
      };
      await trx.insertInto('quotes').values(row).execute();
      const quote = toQuote(row);
      await appendEvent(trx, ctx.clock, actor, {
        type: 'quote.created',
        entityType: 'deal',
        entityId: deal.id,
        personId: deal.personId,
        companyId: deal.companyId,
        payload: {
          quoteId,
          number,
          title: deal.title,
          total: quote.total,
          currency: quote.currency,
          language,
          validUntil,
          attachmentId,
          filename: `${number}.pdf`,
        },
      });
      await recordAudit(trx, ctx, actor, {
        entityType: 'quote',
        entityId: quoteId,
        action: 'create',
        before: null,
        after: { ...quote, lines: undefined },
      });
      return quote;
    });
  } catch (err) {
    if (stored) await storage.delete(attachmentId);
    throw err;
  }
}
