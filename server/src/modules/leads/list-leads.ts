import type { AppContext } from '../../context.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { FieldDef, FieldRegistry, FieldType } from '../../platform/lists/field-registry.js';
import { runListQuery } from '../../platform/lists/list-query.js';
import type { ListQueryInput } from '../../platform/lists/list-query.schema.js';
import { toLead, visibleLeads } from './leads.repository.js';
import { LEAD_STATUSES } from './leads.schemas.js';
import type { LeadRow } from './leads.table.js';

const col = (name: string, type: FieldType, extra: Partial<FieldDef> = {}): FieldDef => ({
  type,
  column: `leads.${name}`,
  sortable: true,
  ...extra,
});

/** What lead lists (and field scoring rules) filter and sort on. */
export function leadsRegistry(): FieldRegistry {
  return {
    id: col('id', 'text'),
    firstName: col('firstName', 'text', { searchable: 'prefix' }),
    lastName: col('lastName', 'text', { searchable: 'prefix' }),
    email: col('email', 'text', { searchable: 'prefix' }),
    phone: col('phone', 'text'),
    companyName: col('companyName', 'text', { searchable: 'contains' }),
    source: col('source', 'text'),
    status: col('status', 'select', { options: LEAD_STATUSES }),
    ownerId: col('ownerId', 'user'),
    interest: col('interest', 'text'),
    score: col('score', 'number'),
    personId: col('personId', 'text'),
    dealId: col('dealId', 'text'),
    createdAt: col('createdAt', 'datetime'),
    updatedAt: col('updatedAt', 'datetime'),
  };
}

/** One page of visible leads, newest first by default (`sort=-score` for the hottest). */
export async function listLeads(ctx: AppContext, principal: Principal, query: ListQueryInput) {
  return runListQuery(ctx.db, {
    baseQuery: visibleLeads(ctx.db, principal),
    registry: leadsRegistry(),
    query,
    clock: ctx.clock,
    idColumn: 'leads.id',
    defaultSort: '-createdAt',
    mapRow: (row: LeadRow) => toLead(row),
  });
}
