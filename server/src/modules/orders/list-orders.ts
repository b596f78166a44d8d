import { type Expression, type SqlBool, sql } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Dialect, Executor } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { FieldDef, FieldRegistry, FieldType } from '../../platform/lists/field-registry.js';
import { runListQuery } from '../../platform/lists/list-query.js';
import type { ListQueryInput } from '../../platform/lists/list-query.schema.js';
import { visibleCompanies } from '../companies/companies.repository.js';
import { withCustomerNames } from '../companies/customer-names.js';
import { searchKey } from '../people/contact-values.js';
import { visiblePeople } from '../people/people.repository.js';
import { commonSearchArms, peopleSearch, peopleSearchPerRow, prefixMatch } from '../people/people-search.js';
import { toOrder, visibleOrders } from './orders.repository.js';
import type { OrderRow } from './orders.table.js';

const col = (name: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  type,
  column: `orders.${name}`,
  sortable: true,
  ...extra,
});

/** What order lists filter and sort on (`q`: `ordersSearch`). */
export const ordersRegistry: FieldRegistry = {
  id: col('id', 'text'),
  externalId: col('externalId', 'text'),
  number: col('number', 'text'),
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
 * Quick search over orders: the whole phrase `q` matches the start of the order number (as typed, in
 * upper or in lower case), finds the customer as people quick search does (name, email, phone,
 * company), among the people the principal may see, or matches the start of the name of the order's
 * own company, among the companies the principal may see, so a search tells nothing about a hidden
 * customer. As for people, two forms: `orders.id in (… union …)` gathers the matches from index
 * ranges (right for rare terms: an OR checked row by row would walk every order, 2 s at 1M); for a
 * common name in the default newest-first order, each walked order's customer is tested instead (a
 * page fills after a few hundred orders, where gathering 100,000 matches and sorting them takes ~1 s).
 */
export async function ordersSearch(
  db: Executor,
  principal: Principal,
  q: string,
  dialect: Dialect,
  sorted: boolean,
): Promise<Expression<SqlBool>> {
  const phrase = q.trim();
  const prefixes = [...new Set([phrase, phrase.toUpperCase(), phrase.toLowerCase()])];
  const customers = visiblePeople(db, principal).clearSelect().select('people.id');
  const companies = visibleCompanies(db, principal)
    .clearSelect()
    .select('companies.id')
    .where(prefixMatch('companies.searchName', searchKey(phrase.replace(/\s+/g, ' ')), dialect));
  const common = await commonSearchArms(db, phrase, dialect, sorted);
  if (common) {
    const numbers = prefixes.map((p) => prefixMatch('orders.number', p, dialect, false));
    const customer = customers
      .where(sql<SqlBool>`people.id = orders.person_id`)
      .where(peopleSearchPerRow(phrase, dialect, common));
    const company = companies.where(sql<SqlBool>`companies.id = orders.company_id`);
    return sql<SqlBool>`(${sql.join(numbers, sql` or `)} or exists ${customer} or exists ${company})`;
  }
  const arms = prefixes.map(
    (p) => sql`select o.id from orders o where ${prefixMatch('o.number', p, dialect)}`,
  );
  arms.push(
    sql`select o.id from orders o where o.person_id in ${customers.where(peopleSearch(phrase, dialect))}`,
    sql`select o.id from orders o where o.company_id in ${companies}`,
  );
  const union = sql.join(arms, sql` union `);
  return dialect === 'postgres'
    ? sql<SqlBool>`orders.id = any(array(${union}))`
    : sql<SqlBool>`orders.id in (${union})`;
}

/** One page of visible orders, newest first by orderedAt, with the customer's name on each row. */
export async function listOrders(ctx: AppContext, principal: Principal, query: ListQueryInput) {
  const { q, ...rest } = query;
  const base = visibleOrders(ctx.db, principal);
  const search = q?.trim() ? await ordersSearch(ctx.db, principal, q, ctx.dialect, !!rest.sort) : undefined;
  const page = await runListQuery(ctx.db, {
    baseQuery: search ? base.where(search) : base,
    registry: ordersRegistry,
    query: rest,
    clock: ctx.clock,
    idColumn: 'orders.id',
    defaultSort: '-orderedAt',
    mapRow: (row: OrderRow) => toOrder(row),
  });
  return { ...page, data: await withCustomerNames(ctx.db, principal, page.data) };
}
