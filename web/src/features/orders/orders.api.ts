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

export const ordersApi = {
  list: (query: Record<string, string | number | undefined>) =>
    api.get<Page<Order>>('/orders', { limit: 50, ...query }),
  get: (orderId: string) => api.get<Order>(`/orders/${id(orderId)}`),
  create: (body: object) => api.post<Order>('/orders', body),
  ofPerson: (personId: string) => api.get<PersonOrders>(`/people/${id(personId)}/orders`, { limit: 20 }),
};

export function useOrders(status: string | null) {
  const filter = status ? JSON.stringify({ field: 'status', op: 'eq', value: status }) : undefined;
  return useQuery({ queryKey: ['orders', status ?? ''], queryFn: () => ordersApi.list({ filter }) });
}

export const useOrder = (orderId: string) =>
  useQuery({ queryKey: ['orders', 'one', orderId], queryFn: () => ordersApi.get(orderId) });

export const usePersonOrders = (personId: string) =>
  useQuery({ queryKey: ['orders', 'person', personId], queryFn: () => ordersApi.ofPerson(personId) });
