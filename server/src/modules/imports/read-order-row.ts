import type { FieldErrorCode, FieldErrorParams } from '../../platform/errors.js';
import { ORDER_CHANNELS, ORDER_STATUSES, type OrderStatus } from '../orders/orders.schemas.js';
import { normalizeEmail, normalizePhone } from '../people/contact-values.js';
import type { CellError } from './cell-values.js';
import type { ColumnTargets } from './header-mapping.js';

/** Fields an order-lines CSV maps to (`--map "Column=field"`). */
export const ORDER_IMPORT_FIELDS = [
  'order_id',
  'customer_external_id',
  'customer_email',
  'customer_phone',
  'ordered_at',
  'sku',
  'product_name',
  'category',
  'quantity',
  'unit_price',
  'discount',
  'currency',
  'channel',
  'status',
] as const;

export interface ImportedOrderLine {
  orderId: string;
  customer: { externalId?: string; email?: string; phone?: string };
  orderedAt: number | null;
  sku?: string;
  productName?: string;
  category?: string;
  quantity: number;
  unitPrice: number;
  discount: number;
  currency: string;
  channel: string | null;
  status: OrderStatus;
}

/** Money cells are decimal major units ("12.50") → minor units (1250). */
const toMinor = (s: string) =>
  /^-?\d+([.,]\d{1,2})?$/.test(s) ? Math.round(Number(s.replace(',', '.')) * 100) : NaN;

function toTime(s: string): number {
  if (/^\d{10,13}$/.test(s)) return Number(s.length === 10 ? `${s}000` : s);
  return Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(s) ? `${s}T00:00:00Z` : s);
}

/** One CSV row as an order line; every bad cell is reported by its column. */
export function readOrderRow(cells: string[], headers: string[], targets: ColumnTargets) {
  const errors: CellError[] = [];
  const v: Record<string, string> = {};
  const col: Record<string, string> = {};
  targets.forEach((t, i) => {
    const raw = cells[i]?.trim() ?? '';
    if (t && raw !== '' && v[t] === undefined) v[t] = raw;
    if (t) col[t] = headers[i]!;
  });
  const fail = (field: string, reason: string, code: FieldErrorCode, params?: FieldErrorParams) =>
    errors.push({ column: col[field] ?? field, reason, code, ...(params ? { params } : {}) });
  if (!v.order_id) fail('order_id', 'order_id is required', 'required');
  if (!v.customer_external_id && !v.customer_email && !v.customer_phone)
    fail('customer_external_id', 'a customer id, email or phone is required', 'no_customer');
  const customer: ImportedOrderLine['customer'] = {};
  if (v.customer_external_id) customer.externalId = v.customer_external_id;
  try {
    if (v.customer_email) customer.email = normalizeEmail(v.customer_email, 'customer_email');
  } catch {
    fail('customer_email', `${v.customer_email} is not an email address`, 'invalid_email');
  }
  try {
    if (v.customer_phone) customer.phone = normalizePhone(v.customer_phone, 'customer_phone');
  } catch {
    fail('customer_phone', `${v.customer_phone} is not a phone number`, 'invalid_phone');
  }
  const orderedAt = v.ordered_at ? toTime(v.ordered_at) : null;
  if (orderedAt !== null && Number.isNaN(orderedAt))
    fail('ordered_at', `${v.ordered_at} is not a date`, 'invalid_date');
  if (!v.sku && !v.product_name) fail('sku', 'sku or product_name is required', 'no_product');
  const quantity = Number(v.quantity ?? '1');
  const status = (v.status?.toLowerCase() ?? 'placed') as OrderStatus;
  if (!ORDER_STATUSES.includes(status))
    fail('status', `${v.status} is not one of ${ORDER_STATUSES.join(', ')}`, 'unknown_status', {
      value: v.status ?? '',
      allowed: ORDER_STATUSES.join(', '),
    });
  if (!Number.isFinite(quantity) || quantity === 0)
    fail('quantity', `${v.quantity} is not a non-zero number`, 'invalid_quantity', {
      value: v.quantity ?? '',
    });
  else if (quantity < 0 && status !== 'returned')
    fail('quantity', 'may be negative only when status is returned', 'negative_only_returned');
  const unitPrice = toMinor(v.unit_price ?? '');
  if (Number.isNaN(unitPrice) || unitPrice < 0)
    fail('unit_price', `${v.unit_price ?? ''} is not a price`, 'invalid_amount', {
      value: v.unit_price ?? '',
    });
  const discount = v.discount ? toMinor(v.discount) : 0;
  if (Number.isNaN(discount) || discount < 0)
    fail('discount', `${v.discount} is not an amount`, 'invalid_amount', { value: v.discount ?? '' });
  const currency = (v.currency ?? '').toUpperCase();
  if (!/^[A-Z]{3}$/.test(currency))
    fail('currency', `${v.currency ?? ''} is not an ISO currency code`, 'invalid_currency', {
      value: v.currency ?? '',
    });
  const channel = v.channel?.toLowerCase() ?? null;
  if (channel && !(ORDER_CHANNELS as readonly string[]).includes(channel))
    fail('channel', `${v.channel} is not one of ${ORDER_CHANNELS.join(', ')}`, 'invalid_option', {
      value: v.channel ?? '',
      allowed: ORDER_CHANNELS.join(', '),
    });
  const line: ImportedOrderLine = {
    orderId: v.order_id ?? '',
    customer,
    orderedAt,
    sku: v.sku,
    productName: v.product_name,
    category: v.category,
    quantity,
    unitPrice,
    discount,
    currency,
    channel,
    status,
  };
  return { line, errors };
}
