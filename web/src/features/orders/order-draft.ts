import { parseMoney } from '../sales/money.js';

/** One line as typed: money in major units as text ("12.50"), so half-typed input stays as is. */
export interface LineDraft {
  key: number;
  productId: string | null;
  sku: string;
  productName: string;
  quantity: number | string;
  unitPrice: string;
  discount: string;
}

export interface OrderDraft {
  personId: string | null;
  companyId: string | null;
  currency: string;
  channel: string | null;
  /** The shop's own order number; the server answers the stored order when it repeats. */
  externalId: string;
  storeId: string;
  location: string;
  status: string;
  lines: LineDraft[];
}

let nextKey = 1;
export const emptyLine = (): LineDraft => ({
  key: nextKey++,
  productId: null,
  sku: '',
  productName: '',
  quantity: 1,
  unitPrice: '',
  discount: '',
});

/** Line total in minor units, the server's rule: round(quantity × unitPrice) − discount. */
export function lineTotal(line: LineDraft): number {
  const qty = Number(line.quantity) || 0;
  return Math.round(qty * (parseMoney(line.unitPrice) ?? 0)) - (parseMoney(line.discount) ?? 0);
}

export const orderTotal = (lines: LineDraft[]) => lines.reduce((sum, l) => sum + lineTotal(l), 0);

/** The POST /orders body; lines without a product or name are left out (the server needs one of them). */
export function orderBody(d: OrderDraft) {
  return {
    ...(d.personId ? { personId: d.personId } : {}),
    ...(d.companyId ? { companyId: d.companyId } : {}),
    currency: d.currency.trim().toUpperCase(),
    status: d.status,
    ...(d.channel ? { channel: d.channel } : {}),
    ...(d.externalId.trim() ? { externalId: d.externalId.trim() } : {}),
    ...(d.storeId.trim() ? { storeId: d.storeId.trim() } : {}),
    ...(d.location.trim() ? { location: d.location.trim() } : {}),
    lines: d.lines
      .filter((l) => l.productId || l.sku.trim() || l.productName.trim())
      .map((l) => ({
        ...(l.productId ? { productId: l.productId } : l.sku.trim() ? { sku: l.sku.trim() } : {}),
        ...(!l.productId && l.productName.trim() ? { productName: l.productName.trim() } : {}),
        quantity: Number(l.quantity),
        unitPrice: parseMoney(l.unitPrice) ?? 0,
        ...(parseMoney(l.discount) ? { discount: parseMoney(l.discount)! } : {}),
      })),
  };
}
