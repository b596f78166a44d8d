import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';

export interface OrderLine {
  id: string;
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
  personId: string | null;
  personName?: string | null;
  companyId: string | null;
  companyName?: string | null;
  storeId?: string | null;
  location?: string | null;
  version: number;
  orderedAt: number;
  status: string;
  channel: string | null;
  currency: string;
  subtotal: number;
  discount: number;
  total: number;
  lineCount: number;
  lines?: OrderLine[];
}

export interface PersonOrders extends Page<Order> {
  totals: { currency: string; orders: number; total: number }[];
}

const id = encodeURIComponent;

export const ORDER_STATUSES = ['placed', 'paid', 'shipped', 'delivered', 'cancelled', 'returned'];
export const ORDER_CHANNELS = ['online', 'store', 'pos', 'phone'];
export const ordersKey = ['orders'] as const;

export const ordersApi = {
  list: (query: Record<string, string | number | null | undefined>) =>
    api.get<Page<Order>>('/orders', { limit: 50, ...query }),
  setStatus: (order: Order, status: string) =>
    api.patch<Order>(`/orders/${id(order.id)}`, { status }, { 'if-match': `"${order.version}"` }),
  get: (orderId: string) => api.get<Order>(`/orders/${id(orderId)}`),
  create: (body: object) => api.post<Order>('/orders', body),
  ofPerson: (personId: string) => api.get<PersonOrders>(`/people/${id(personId)}/orders`, { limit: 20 }),
};

export const useOrder = (orderId: string) =>
  useQuery({ queryKey: ['orders', 'one', orderId], queryFn: () => ordersApi.get(orderId) });

export const usePersonOrders = (personId: string) =>
  useQuery({ queryKey: ['orders', 'person', personId], queryFn: () => ordersApi.ofPerson(personId) });
