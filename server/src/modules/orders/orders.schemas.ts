import { z } from 'zod';
import type { CustomerNames } from '../companies/companies.schemas.js';

export const ORDER_STATUSES = ['placed', 'paid', 'shipped', 'delivered', 'cancelled', 'returned'] as const;
export const ORDER_CHANNELS = ['online', 'store', 'pos', 'phone'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

const minor = z
  .number()
  .int()
  .min(-(2 ** 53 - 1))
  .max(2 ** 53 - 1);

export const orderLineBody = z.strictObject({
  productId: z.string().optional(),
  sku: z.string().trim().min(1).max(100).optional(),
  productName: z.string().trim().max(500).optional(),
  category: z.string().trim().max(200).optional(),
  /** Negative only on returned orders (checked by the use case, which names `lines[i].quantity`). */
  quantity: z.number().refine((n) => n !== 0 && Number.isFinite(n), 'must be a non-zero number'),
  /** Minor units. */
  unitPrice: minor.min(0),
  discount: minor.min(0).default(0),
});

export const createOrderBody = z.strictObject({
  externalId: z.string().trim().min(1).max(200).optional(),
  personId: z.string().optional(),
  companyId: z.string().optional(),
  /** Epoch ms; defaults to now. */
  orderedAt: z.number().int().optional(),
  status: z.enum(ORDER_STATUSES).default('placed'),
  channel: z.enum(ORDER_CHANNELS).optional(),
  storeId: z.string().max(100).optional(),
  location: z.string().max(500).optional(),
  currency: z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code like EUR'),
  lines: z.array(orderLineBody).min(1).max(1000),
});
export type CreateOrderInput = z.infer<typeof createOrderBody>;

export const updateOrderBody = z.strictObject({ status: z.enum(ORDER_STATUSES) });

export interface OrderLine {
  id: string;
  position: number;
  productId: string | null;
  sku: string | null;
  productName: string | null;
  category: string | null;
  quantity: number;
  unitPrice: number;
  discount: number;
  total: number;
}

export interface Order {
  id: string;
  externalId: string | null;
  /** The order number people see and search: `externalId`, else `ORD-00042` assigned in sequence. */
  number: string;
  personId: string | null;
  companyId: string | null;
  ownerId: string | null;
  orderedAt: number;
  status: OrderStatus;
  channel: string | null;
  storeId: string | null;
  location: string | null;
  currency: string;
  subtotal: number;
  discount: number;
  total: number;
  lineCount: number;
  version: number;
  createdAt: number;
  updatedAt: number;
  lines?: OrderLine[];
  /** `GET /orders/:id`: the statuses the order may be given (`allowedStatuses`). */
  allowedStatuses?: OrderStatus[];
}

/** An order as the lists and `GET /orders/:id` answer it: with its customer's display names. */
export type OrderView = Order & Partial<CustomerNames>;

/** `GET /people/:id/orders`: a page of the person's orders and their totals per currency. */
export interface PersonOrders {
  data: Order[];
  nextCursor: string | null;
  totals: { currency: string; orders: number; total: number }[];
}
