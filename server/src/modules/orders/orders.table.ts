import type { Selectable } from 'kysely';

export interface OrdersTable {
  id: string;
  externalId: string | null;
  /** What people see and search: the external id, else `ORD-00042` assigned in sequence. */
  number: string;
  idempotencyKey: string | null;
  personId: string | null;
  companyId: string | null;
  ownerId: string | null;
  orderedAt: number;
  status: string;
  channel: string | null;
  storeId: string | null;
  location: string | null;
  currency: string;
  /** Minor units. */
  subtotal: number;
  discount: number;
  total: number;
  lineCount: number;
  version: number;
  createdAt: number;
  updatedAt: number;
}

export interface OrderLinesTable {
  id: string;
  orderId: string;
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

export type OrderRow = Selectable<OrdersTable>;
export type OrderLineRow = Selectable<OrderLinesTable>;
