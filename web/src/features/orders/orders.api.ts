import type {
  ORDER_CHANNELS as CHANNELS,
  OrderView as Order,
  OrderStatus,
  PersonOrders,
} from '@server/modules/orders/orders.schemas.js';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { allOf } from '../../api/server-types.js';
import type { Page } from '../../api/types.js';

export type { OrderLine, OrderView as Order, PersonOrders } from '@server/modules/orders/orders.schemas.js';

const id = encodeURIComponent;

export const ORDER_STATUSES = allOf<OrderStatus>()([
  'placed',
  'paid',
  'shipped',
  'delivered',
  'cancelled',
  'returned',
]);
export const ORDER_CHANNELS = allOf<(typeof CHANNELS)[number]>()(['online', 'store', 'pos', 'phone']);
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
