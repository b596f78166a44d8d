import { type SqlBool, sql } from 'kysely';
import type { AppContext } from '../../context.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { FieldDef, FieldRegistry, FieldType } from '../../platform/lists/field-registry.js';
import { jsonField } from '../../platform/lists/json-field.js';
import { runListQuery } from '../../platform/lists/list-query.js';
import type { ListQueryInput } from '../../platform/lists/list-query.schema.js';
import { listFields } from '../fields/fields.repository.js';
import type { FieldDefinition } from '../fields/fields.schemas.js';
import { searchKey } from '../people/contact-values.js';
import { customEntries } from '../people/people-registry.js';
import { prefixMatch } from '../people/people-search.js';
import { toCompany, visibleCompanies } from './companies.repository.js';
import type { CompanyRow } from './companies.table.js';

const col = (name: string, type: FieldType): FieldDef => ({
  type,
  column: `companies.${name}`,
  sortable: true,
});

export function companiesRegistry(defs: FieldDefinition[]): FieldRegistry {
  return {
    id: col('id', 'text'),
    name: col('name', 'text'),
    legalName: col('legalName', 'text'),
    taxId: col('taxId', 'text'),
    industry: col('industry', 'text'),
    size: col('size', 'text'),
    turnover: col('turnoverAmount', 'money'),
    turnoverCurrency: col('turnoverCurrency', 'text'),
    website: col('website', 'url'),
    domain: col('domain', 'text'),
    ownerId: col('ownerId', 'user'),
    city: { type: 'text', column: jsonField('companies.address', 'city', 'text'), sortable: true },
    country: { type: 'text', column: jsonField('companies.address', 'country', 'text'), sortable: true },
    tags: { type: 'multiselect', column: 'companies.tags' },
    createdAt: col('createdAt', 'datetime'),
    updatedAt: col('updatedAt', 'datetime'),
    ...customEntries(defs),
  };
}

/** One page of visible companies; `q` matches the start of the name, the domain or the tax id. */
export async function listCompanies(ctx: AppContext, principal: Principal, query: ListQueryInput) {
  const defs = await listFields(ctx.db, 'company');
  const page = await runListQuery(ctx.db, {
    baseQuery: visibleCompanies(ctx.db, principal),
    registry: companiesRegistry(defs),
    query,
    clock: ctx.clock,
    idColumn: 'companies.id',
    defaultSort: '-createdAt',
    searchHooks: [
      (word, dialect) =>
        sql<SqlBool>`(${prefixMatch('companies.searchName', searchKey(word), dialect)}
          or companies.domain = ${word.toLowerCase()} or companies.tax_id = ${word})`,
    ],
    mapRow: (row: CompanyRow) => toCompany(row),
  });
  return { ...page, defs };
}
