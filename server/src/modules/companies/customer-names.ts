import type { Executor } from '../../db/database.js';
import { hasPermission, type Principal } from '../../platform/auth/principal.js';
import { visiblePeople } from '../people/people.repository.js';
import { visibleCompanies } from './companies.repository.js';
import type { CustomerNames } from './companies.schemas.js';

/**
 * Adds the display names of the person and company each row links to (orders, deals), so a list
 * shows who the customer is without a request per row: two queries per page (three when a person
 * has no name, email or phone and is named by an external id). A name the principal
 * may not see (no read permission, or the record is outside their visibility) stays null.
 */
export async function withCustomerNames<T extends { personId: string | null; companyId: string | null }>(
  db: Executor,
  principal: Principal,
  rows: T[],
): Promise<(T & CustomerNames)[]> {
  const personIds = unique(rows.map((r) => r.personId));
  const companyIds = unique(rows.map((r) => r.companyId));
  const people = new Map<string, string>();
  const companies = new Map<string, string>();
  if (personIds.length && hasPermission(principal, 'people:read')) {
    for (const p of await visiblePeople(db, principal)
      .clearSelect()
      .select(['people.id', 'people.firstName', 'people.lastName', 'people.email', 'people.phone'])
      .where('people.id', 'in', personIds)
      .execute())
      people.set(p.id, [p.firstName, p.lastName].filter(Boolean).join(' ') || p.email || p.phone || '');
    // Customers an order file created may know only their customer number.
    const unnamed = [...people].filter(([, name]) => !name).map(([id]) => id);
    if (unnamed.length)
      for (const x of await db
        .selectFrom('personExternalIds')
        .select(['personId', 'externalId'])
        .where('personId', 'in', unnamed)
        .orderBy('externalId')
        .execute())
        if (!people.get(x.personId)) people.set(x.personId, x.externalId);
    for (const [id, name] of people) if (!name) people.set(id, id);
  }
  if (companyIds.length && hasPermission(principal, 'companies:read'))
    for (const c of await visibleCompanies(db, principal)
      .clearSelect()
      .select(['companies.id', 'companies.name'])
      .where('companies.id', 'in', companyIds)
      .execute())
      companies.set(c.id, c.name);
  return rows.map((r) => ({
    ...r,
    personName: (r.personId && people.get(r.personId)) || null,
    companyName: (r.companyId && companies.get(r.companyId)) || null,
  }));
}

const unique = (ids: (string | null)[]) => [...new Set(ids.filter((id): id is string => !!id))];
