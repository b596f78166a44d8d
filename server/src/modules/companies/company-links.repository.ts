import type { AppContext } from '../../context.js';
import type { Principal } from '../../platform/auth/principal.js';
import { runListQuery } from '../../platform/lists/list-query.js';
import type { ListQueryInput } from '../../platform/lists/list-query.schema.js';
import { listFields } from '../fields/fields.repository.js';
import { hydratePeople, visiblePeople } from '../people/people.repository.js';
import type { PersonRow } from '../people/people.table.js';
import { peopleRegistry } from '../people/people-registry.js';
import { peopleSearch } from '../people/people-search.js';
import { toCompany, visibleCompanies } from './companies.repository.js';

/** The visible companies a person works at, with the role. */
export async function companiesOfPerson(ctx: AppContext, principal: Principal, personId: string) {
  const rows = await visibleCompanies(ctx.db, principal)
    .innerJoin('personCompanies', 'personCompanies.companyId', 'companies.id')
    .select(['personCompanies.role as linkRole'])
    .where('personCompanies.personId', '=', personId)
    .orderBy('companies.name')
    .execute();
  return rows.map((r) => ({ role: r.linkRole, company: toCompany(r) }));
}

/** The visible people of a company, as a list (filter, sort, search, cursor like /people). */
export async function peopleOfCompany(
  ctx: AppContext,
  principal: Principal,
  companyId: string,
  query: ListQueryInput,
) {
  const defs = await listFields(ctx.db, 'person');
  const { q, ...rest } = query;
  const base = visiblePeople(ctx.db, principal)
    .innerJoin('personCompanies', 'personCompanies.personId', 'people.id')
    .select(['personCompanies.role as linkRole'])
    .where('personCompanies.companyId', '=', companyId);
  const page = await runListQuery(ctx.db, {
    baseQuery: q?.trim() ? base.where(peopleSearch(q, ctx.dialect)) : base,
    registry: peopleRegistry(defs),
    query: rest,
    clock: ctx.clock,
    idColumn: 'people.id',
    defaultSort: 'lastName',
    mapRow: (row: PersonRow & { linkRole: string | null }) => row,
  });
  const people = await hydratePeople(ctx.db, page.data);
  return {
    data: people.map((person, i) => ({ role: page.data[i]?.linkRole ?? null, person })),
    nextCursor: page.nextCursor,
  };
}
