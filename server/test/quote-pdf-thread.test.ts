import { describe, expect, it } from 'vitest';
import type { QuoteDocument } from '../src/modules/quotes/render-quote-pdf.js';
import { renderQuotePdfInThread } from '../src/modules/quotes/render-quote-pdf-in-thread.js';
import { EMPTY_COMPANY_DETAILS } from '../src/modules/settings/company-details.schemas.js';
import { pdfText } from './pdf-text.js';

const quote = (number: string, over: Partial<QuoteDocument> = {}): QuoteDocument => ({
  number,
  language: 'lv',
  date: '2026-01-05',
  validUntil: '2026-02-04',
  currency: 'EUR',
  seller: { ...EMPTY_COMPANY_DETAILS, legalName: 'SIA Rapport Demo' },
  customer: { name: 'Anna Bērziņa', details: [] },
  dealTitle: 'Birojs',
  lines: [
    {
      name: 'Uzstādīšana',
      sku: null,
      unit: 'h',
      quantity: 2,
      unitPrice: 4500,
      discount: 0,
      discountPercent: null,
      total: 9000,
    },
  ],
  subtotal: 9000,
  discount: 0,
  netTotal: 9000,
  vatRate: null,
  vatAmount: 0,
  total: 9000,
  createdAt: Date.UTC(2026, 0, 5),
  ...over,
});

// Rendering runs in a worker thread (no database involved): one dialect-free run is enough.
describe('quote PDF thread', () => {
  it('renders the plain quote data to PDF bytes, several renders at once each getting its own', async () => {
    const pdfs = await Promise.all(
      ['Q-2026-0101', 'Q-2026-0102', 'Q-2026-0103'].map((n) => renderQuotePdfInThread(quote(n))),
    );
    for (const [i, pdf] of pdfs.entries()) {
      expect(Buffer.isBuffer(pdf)).toBe(true);
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const { text } = await pdfText(pdf);
      expect(text).toContain(`Nr. Q-2026-010${i + 1}`);
      expect(text).toContain('Uzstādīšana');
      expect(text).toContain('Anna Bērziņa');
    }
  });

  it('keeps this thread free while a long quote renders', async () => {
    const line = quote('x').lines[0]!;
    const long = quote('Q-2026-0301', {
      lines: Array.from({ length: 300 }, (_, i) => ({ ...line, name: `Line ${i + 1}` })),
    });
    // Rendered here, 300 lines hold the event loop for a few hundred ms and no timer fires meanwhile.
    let ticks = 0;
    const timer = setInterval(() => ticks++, 1);
    const pdf = await renderQuotePdfInThread(long);
    clearInterval(timer);
    expect(ticks).toBeGreaterThanOrEqual(5);
    expect((await pdfText(pdf)).pages).toBeGreaterThan(3);
  });

  it('turns a failure in the thread into an Error, and the thread goes on rendering', async () => {
    const broken = renderQuotePdfInThread(quote('Q-2026-0201', { logo: Buffer.from('not an image at all') }));
    await expect(broken).rejects.toThrow(/^Quote PDF rendering failed: .*image/i);
    const next = await renderQuotePdfInThread(quote('Q-2026-0202'));
    expect((await pdfText(next)).text).toContain('Q-2026-0202');
  });
});
