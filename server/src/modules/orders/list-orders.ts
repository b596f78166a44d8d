import { type SqlBool, sql } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { FieldDef, FieldRegistry, FieldType } from '../../platform/lists/field-registry.js';
import { runListQuery } from '../../platform/lists/list-query.js';
import type { ListQueryInput } from '../../platform/lists/list-query.schema.js';
import type { SearchHook } from '../../platform/lists/quick-search.js';
import { withCustomerNames } from '../companies/customer-names.js';
import { visiblePeople } from '../people/people.repository.js';
import { peopleSearch } from '../people/people-search.js';
import { toOrder, visibleOrders } from './orders.repository.js';
import type { OrderRow } from './orders.table.js';

const col = (name: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  type,
  column: `orders.${name}`,
  sortable: true,
  ...extra,
});

/** What order lists filter, sort and search on (`q`: a prefix of the external id, or the customer). */
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

/**
 * One page of visible orders, newest first by orderedAt, with the customer's name on each row. Each
 * word of `q` matches the order number's start or the customer as quick search finds people (name,
 * email, phone, company), among the people the caller may see, so a search tells nothing about a
 * hidden customer.
 */
export async function listOrders(ctx: AppContext, principal: Principal, query: ListQueryInput) {
  const byCustomer: SearchHook = (word, dialect) =>
    sql<SqlBool>`orders.person_id in (${visiblePeople(ctx.db, principal)
      .clearSelect()
      .select('people.id')
      .where(peopleSearch(word, dialect))})`;
  const page = await runListQuery(ctx.db, {
    baseQuery: visibleOrders(ctx.db, principal),
    registry: ordersRegistry,
    query,
    clock: ctx.clock,
    idColumn: 'orders.id',
    defaultSort: '-orderedAt',
    searchHooks: [byCustomer],
    mapRow: (row: OrderRow) => toOrder(row),
  });
  return { ...page, data: await withCustomerNames(ctx.db, principal, page.data) };
}
