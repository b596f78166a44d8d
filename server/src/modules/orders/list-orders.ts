import type { AppContext } from '../../context.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { FieldDef, FieldRegistry, FieldType } from '../../platform/lists/field-registry.js';
import { runListQuery } from '../../platform/lists/list-query.js';
import type { ListQueryInput } from '../../platform/lists/list-query.schema.js';
import { withCustomerNames } from '../companies/customer-names.js';
import { toOrder, visibleOrders } from './orders.repository.js';
import type { OrderRow } from './orders.table.js';

const col = (name: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  type,
  column: `orders.${name}`,
  sortable: true,
  ...extra,
});

/** What order lists filter, sort and search on (`q` is a prefix of the external id). */
export const ordersRegistry: FieldRegistry = {
  id: col('id', 'text'),
  externalId: col('externalId', 'text', { searchable: 'prefix' }),
  status: col('status', 'text'),
  channel: col('channel', 'text'),
  storeId: col('storeId', 'text'),
  personId: col('personId', 'text'),
  companyId: col('companyId', 'text'),
  ownerId: col('ownerId', 'user'),
  currency: col('currency', 'text'),
  subtotal: col('subtotal', 'money'),
  discount: col('discount', 'money'),
  total: col('total', 'money'),
  lineCount: col('lineCount', 'number'),
  orderedAt: col('orderedAt', 'datetime'),
  createdAt: col('createdAt', 'datetime'),
  updatedAt: col('updatedAt', 'datetime'),
};

/** One page of visible orders, newest first by orderedAt, with the customer's name on each row. */
export async function listOrders(ctx: AppContext, principal: Principal, query: ListQueryInput) {
  const page = await runListQuery(ctx.db, {
    baseQuery: visibleOrders(ctx.db, principal),
    registry: ordersRegistry,
    query,
    clock: ctx.clock,
    idColumn: 'orders.id',
    defaultSort: '-orderedAt',
    mapRow: (row: OrderRow) => toOrder(row),
  });
  return { ...page, data: await withCustomerNames(ctx.db, principal, page.data) };
}
