import type { AppContext } from '../../context.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { FieldDef, FieldRegistry, FieldType } from '../../platform/lists/field-registry.js';
import { runListQuery } from '../../platform/lists/list-query.js';
import type { ListQueryInput } from '../../platform/lists/list-query.schema.js';
import { withCustomerNames } from '../companies/customer-names.js';
import { listFields } from '../fields/fields.repository.js';
import type { FieldDefinition } from '../fields/fields.schemas.js';
import { customEntries } from '../people/people-registry.js';
import { toDeal, visibleDeals } from './deals.repository.js';
import type { DealRow } from './deals.table.js';

const col = (name: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  type,
  column: `deals.${name}`,
  sortable: true,
  ...extra,
});

/** What deal lists filter, sort and search on (the same grammar as every list). */
export function dealsRegistry(defs: FieldDefinition[]): FieldRegistry {
  return {
    id: col('id', 'text'),
    title: col('title', 'text', { searchable: 'contains' }),
    amount: col('amount', 'money'),
    currency: col('currency', 'text'),
    pipelineId: col('pipelineId', 'text'),
    stageId: col('stageId', 'text'),
    personId: col('personId', 'text'),
    companyId: col('companyId', 'text'),
    ownerId: col('ownerId', 'user'),
    expectedCloseDate: col('expectedCloseDate', 'date'),
    lostReasonId: col('lostReasonId', 'text'),
    stageEnteredAt: col('stageEnteredAt', 'datetime'),
    closedAt: col('closedAt', 'datetime'),
    createdAt: col('createdAt', 'datetime'),
    updatedAt: col('updatedAt', 'datetime'),
    ...customEntries(defs),
  };
}

/**
 * One page of visible deals, newest first by default; `q` matches words anywhere in the title. Rows
 * carry their customer's name (`personName`, `companyName`).
 */
export async function listDeals(ctx: AppContext, principal: Principal, query: ListQueryInput) {
  const defs = await listFields(ctx.db, 'deal');
  const page = await runListQuery(ctx.db, {
    baseQuery: visibleDeals(ctx.db, principal),
    registry: dealsRegistry(defs),
    query,
    clock: ctx.clock,
    idColumn: 'deals.id',
    defaultSort: '-createdAt',
    mapRow: (row: DealRow) => toDeal(row),
  });
  return { ...page, data: await withCustomerNames(ctx.db, principal, page.data), defs };
}
