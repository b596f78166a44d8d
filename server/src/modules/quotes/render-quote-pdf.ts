import PDFDocument from 'pdfkit';
import type { CompanyDetails } from '../settings/company-details.schemas.js';
import { QUOTE_TEXTS, quoteFormat } from './quote-texts.js';
import type { QuoteLanguage, QuoteLine } from './quotes.schemas.js';

export interface QuoteDocument {
  number: string;
  language: QuoteLanguage;
  /** YYYY-MM-DD */
  date: string;
  validUntil: string;
  currency: string;
  seller: CompanyDetails;
  /** PNG or JPEG bytes, printed top left (a Buffer arrives in a worker thread as a Uint8Array). */
  logo?: Uint8Array;
  customer: { name: string; details: string[] };
  dealTitle: string;
  lines: QuoteLine[];
  subtotal: number;
  discount: number;
  netTotal: number;
  vatRate: number | null;
  vatAmount: number;
  total: number;
  createdAt: number;
}

/** The two TrueType files the quote is set in (bytes). */
export interface QuoteFonts {
  regular: Buffer;
  bold: Buffer;
}

const MARGIN = 50;
const COLS = [
  { key: 'n', width: 22, align: 'left' },
  { key: 'item', width: 183, align: 'left' },
  { key: 'quantity', width: 60, align: 'right' },
  { key: 'unitPrice', width: 80, align: 'right' },
  { key: 'discount', width: 70, align: 'right' },
  { key: 'amount', width: 80, align: 'right' },
] as const;

/**
 * Renders a quote as an A4 PDF (in memory: a quote is a few pages at most). Pure and CPU-bound (tens
 * of milliseconds): the app calls it in a worker thread, `renderQuotePdfInThread`.
 */
export async function renderQuotePdf(q: QuoteDocument, fonts: QuoteFonts): Promise<Buffer> {
  const t = QUOTE_TEXTS[q.language];
  const f = quoteFormat(q.language, q.currency);
  const { regular, bold } = fonts;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: {
      Title: `${t.title} ${q.number}`,
      Author: q.seller.legalName ?? '',
      CreationDate: new Date(q.createdAt),
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const width = doc.page.width - 2 * MARGIN;
  const bottom = () => doc.page.height - MARGIN;

  // Header: seller on the left, document title and number on the right.
  const s = q.seller;
  const top = doc.y;
  let sellerTop = top;
  if (q.logo) {
    const logo = Buffer.from(q.logo.buffer, q.logo.byteOffset, q.logo.byteLength);
    doc.image(logo, MARGIN, top, { fit: [160, 50] });
    sellerTop = top + 58;
  }
  doc
    .font('bold')
    .fontSize(14)
    .text(s.legalName ?? '', MARGIN, sellerTop, { width: width / 2 });
  doc.font('regular').fontSize(9);
  const sellerLines = [
    s.address,
    s.registrationNumber && `${t.regNo} ${s.registrationNumber}`,
    s.taxId && `${t.vatNo} ${s.taxId}`,
    s.phone && `${t.phone}: ${s.phone}`,
    s.email && `${t.email}: ${s.email}`,
    s.website,
  ].filter(Boolean) as string[];
  for (const line of sellerLines) doc.text(line, { width: width / 2 });
  const leftBottom = doc.y;
  doc
    .font('bold')
    .fontSize(16)
    .text(t.title!, MARGIN + width / 2, top, { width: width / 2, align: 'right' });
  doc.font('regular').fontSize(10);
  for (const line of [
    `${t.number} ${q.number}`,
    `${t.date}: ${f.date(q.date)}`,
    `${t.validUntil}: ${f.date(q.validUntil)}`,
  ])
    doc.text(line, MARGIN + width / 2, doc.y, { width: width / 2, align: 'right' });
  doc.y = Math.max(leftBottom, doc.y) + 20;

  // Customer and deal.
  doc.font('bold').fontSize(10).text(`${t.customer}:`, MARGIN, doc.y);
  doc.font('regular').fontSize(11).text(q.customer.name, { width });
  doc.fontSize(9);
  for (const line of q.customer.details) doc.text(line, { width });
  doc.moveDown(0.5).fontSize(9).text(`${t.deal}: ${q.dealTitle}`, { width });
  doc.moveDown(1);

  // Line items.
  const cell = (text: string, x: number, y: number, col: (typeof COLS)[number]) =>
    doc.text(text, x + 2, y, { width: col.width - 4, align: col.align });
  const row = (values: string[], font: 'regular' | 'bold') => {
    doc.font(font).fontSize(9);
    const h = Math.max(...values.map((v, i) => doc.heightOfString(v, { width: COLS[i]!.width - 4 }))) + 6;
    if (doc.y + h > bottom()) doc.addPage();
    const y = doc.y;
    let x = MARGIN;
    values.forEach((v, i) => {
      cell(v, x, y + 3, COLS[i]!);
      x += COLS[i]!.width;
    });
    doc
      .moveTo(MARGIN, y + h)
      .lineTo(MARGIN + width, y + h)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    doc.x = MARGIN;
    doc.y = y + h;
  };
  row(['#', t.item!, t.quantity!, t.unitPrice!, t.discount!, t.amount!], 'bold');
  q.lines.forEach((l, i) => {
    const item = l.sku ? `${l.name}\n${l.sku}` : l.name;
    const qty = l.unit ? `${f.quantity(l.quantity)} ${l.unit}` : f.quantity(l.quantity);
    const discount = l.discount
      ? l.discountPercent != null
        ? `${f.percent(l.discountPercent)}\n−${f.money(l.discount)}`
        : `−${f.money(l.discount)}`
      : '';
    row([String(i + 1), item, qty, f.money(l.unitPrice), discount, f.money(l.total)], 'regular');
  });

  // Totals, right-aligned.
  doc.moveDown(0.8);
  const totals: [string, string, boolean][] = [];
  if (q.discount) {
    totals.push([t.subtotal!, f.money(q.subtotal), false], [t.discount!, `−${f.money(q.discount)}`, false]);
  }
  if (q.vatRate != null) {
    totals.push([t.netTotal!, f.money(q.netTotal), false]);
    totals.push([`${t.vat} ${f.percent(q.vatRate)}`, f.money(q.vatAmount), false]);
  }
  totals.push([t.total!, f.money(q.total), true]);
  for (const [label, value, strong] of totals) {
    if (doc.y + 20 > bottom()) doc.addPage();
    const y = doc.y;
    doc.font(strong ? 'bold' : 'regular').fontSize(strong ? 11 : 9);
    doc.text(label, MARGIN + width - 300, y, { width: 190, align: 'right' });
    doc.text(value, MARGIN + width - 105, y, { width: 105, align: 'right' });
    doc.x = MARGIN;
  }

  // Terms and bank details.
  doc.moveDown(1.5).font('regular').fontSize(9);
  // Latvian dates end with a full stop already ("31.03.2026."): no second one.
  const terms = t.footer!.replace('{currency}', q.currency).replace('{date}', f.date(q.validUntil));
  doc.text(terms.replace(/\.\.$/, '.'), MARGIN, doc.y, { width });
  const bank = [
    s.bankName && `${t.bank}: ${s.bankName}`,
    s.iban && `${t.iban}: ${s.iban}`,
    s.swift && `${t.swift}: ${s.swift}`,
  ].filter(Boolean) as string[];
  if (bank.length) doc.moveDown(0.5).text(bank.join('   '), { width });
  doc.end();
  return done;
}
