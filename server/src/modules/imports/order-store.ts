import { sql } from 'kysely';
import { type DB, dialectOf, type Executor, sqliteHandleOf } from '../../db/database.js';
import { insertOrder } from '../orders/insert-order.js';
import type { Order } from '../orders/orders.schemas.js';
import { insertColumns } from './insert-columns.js';

/** A new order with its lines, as the order-line import writes it. */
export type NewOrder = Order & { lines: NonNullable<Order['lines']> };

/**
 * The order-line import's hot queries, per dialect like `PeopleImportStore`: which external order
 * ids exist, and new orders with their lines. Runs in the caller's transaction.
 */
export interface OrderImportStore {
  /** Order id per external id, for the external ids that exist. */
  findOrderIds(trx: Executor, externalIds: string[]): Promise<Map<string, string>>;
  insertOrders(trx: Executor, orders: NewOrder[]): Promise<void>;
}

const ORDER_COLUMNS = {
  id: 'text',
  external_id: 'text',
  number: 'text',
  person_id: 'text',
  company_id: 'text',
  owner_id: 'text',
  ordered_at: 'bigint',
  status: 'text',
  channel: 'text',
  store_id: 'text',
  location: 'text',
  currency: 'text',
  subtotal: 'bigint',
  discount: 'bigint',
  total: 'bigint',
  line_count: 'int',
  version: 'int',
  created_at: 'bigint',
  updated_at: 'bigint',
};
const LINE_COLUMNS = {
  id: 'text',
  order_id: 'text',
  position: 'int',
  product_id: 'text',
  sku: 'text',
  product_name: 'text',
  category: 'text',
  quantity: 'real',
  unit_price: 'bigint',
  discount: 'bigint',
  total: 'bigint',
};

const orderValues = (o: Order) => [
  o.id,
  o.externalId,
  o.number,
  o.personId,
  o.companyId,
  o.ownerId,
  o.orderedAt,
  o.status,
  o.channel,
  o.storeId,
  o.location,
  o.currency,
  o.subtotal,
  o.discount,
  o.total,
  o.lineCount,
  o.version,
  o.createdAt,
  o.updatedAt,
];
const lineValues = (o: NewOrder) =>
  o.lines.map((l) => [
    l.id,
    o.id,
    l.position,
    l.productId,
    l.sku,
    l.productName,
    l.category,
    l.quantity,
    l.unitPrice,
    l.discount,
    l.total,
  ]);

export function orderImportStore(db: DB): OrderImportStore {
  const handle = sqliteHandleOf(db);
  if (handle) {
    const insert = (table: string, cols: object) =>
      handle.prepare(
        `insert into ${table} (${Object.keys(cols).join(', ')}) values (${Object.keys(cols)
          .map(() => '?')
          .join(', ')})`,
      );
    const find = handle.prepare<[string], string>('select id from orders where external_id = ?').pluck();
    const order = insert('orders', ORDER_COLUMNS);
    const line = insert('order_lines', LINE_COLUMNS);
    return {
      async findOrderIds(_trx, externalIds) {
        const out = new Map<string, string>();
        for (const x of externalIds) {
          const id = find.get(x);
          if (id) out.set(x, id);
        }
        return out;
      },
      async insertOrders(_trx, orders) {
        for (const o of orders) {
          order.run(orderValues(o));
          for (const l of lineValues(o)) line.run(l);
        }
      },
    };
  }
  if (dialectOf(db) === 'postgres')
    return {
      async findOrderIds(trx, externalIds) {
        if (!externalIds.length) return new Map();
        const { rows } = await sql<{ id: string; externalId: string }>`
          select id, external_id from orders where external_id = any(${externalIds}::text[])`.execute(trx);
        return new Map(rows.map((r) => [r.externalId, r.id]));
      },
      async insertOrders(trx, orders) {
        if (!orders.length) return;
        await insertColumns(trx, 'orders', ORDER_COLUMNS, orders.map(orderValues));
        await insertColumns(trx, 'order_lines', LINE_COLUMNS, orders.flatMap(lineValues));
      },
    };
  return kyselyOrderStore;
}

/** Plain Kysely queries (callers without a store). */
export const kyselyOrderStore: OrderImportStore = {
  async findOrderIds(trx, externalIds) {
    const out = new Map<string, string>();
    for (let i = 0; i < externalIds.length; i += 500)
      for (const o of await trx
        .selectFrom('orders')
        .select(['id', 'externalId'])
        .where('externalId', 'in', externalIds.slice(i, i + 500))
        .execute())
        out.set(o.externalId!, o.id);
    return out;
  },
  async insertOrders(trx, orders) {
    for (const o of orders) await insertOrder(trx, o, null);
  },
};
