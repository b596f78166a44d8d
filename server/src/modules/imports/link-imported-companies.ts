import type { Executor } from '../../db/database.js';
import type { NewEvent } from '../../platform/events/append-event.js';
import { appendEvents } from '../../platform/events/append-events.js';
import { newId } from '../../platform/ids.js';
import { saveCompany } from '../companies/companies.repository.js';
import type { Company } from '../companies/companies.schemas.js';
import { normalizeCompany } from '../companies/normalize-company.js';
import { searchKey } from '../people/contact-values.js';
import type { WriteEnv } from './import-people.js';

/** A person of the batch and the company their row names (with their role there, if given). */
export interface CompanyLink {
  personId: string;
  company: string;
  role: string | null;
}

const CHUNK = 500;

/**
 * Links the batch's people to the companies their rows name (the "Company" column of Outlook,
 * Google or HubSpot exports): a company is found by its name (case and diacritics folded, the same
 * key as company search), else created with that name alone. A link that exists already changes
 * only when the row gives a different role, so re-importing a file changes nothing. Each new or
 * changed link is a `person.company_linked` event, as when a user links them.
 */
export async function linkImportedCompanies(trx: Executor, env: WriteEnv, links: CompanyLink[]) {
  if (!links.length) return;
  const byKey = await findCompanies(trx, [...new Set(links.map((l) => searchKey(l.company)))]);
  const events: NewEvent[] = [];
  const now = env.clock.now();
  for (const l of links) {
    const key = searchKey(l.company);
    if (byKey.has(key)) continue;
    const c: Company = {
      id: newId('com'),
      ...normalizeCompany({ name: l.company }, null, []),
      ownerId: env.ownerId,
      version: 1,
      createdAt: now,
      updatedAt: now,
    };
    await saveCompany(trx, c, true);
    byKey.set(key, { id: c.id, name: c.name });
    events.push({
      type: 'company.created',
      entityType: 'company',
      entityId: c.id,
      companyId: c.id,
      payload: { name: c.name, domain: null, via: 'import' },
    });
  }
  const existing = new Map<string, string | null>();
  const people = [...new Set(links.map((l) => l.personId))];
  for (let i = 0; i < people.length; i += CHUNK)
    for (const r of await trx
      .selectFrom('personCompanies')
      .select(['personId', 'companyId', 'role'])
      .where('personId', 'in', people.slice(i, i + CHUNK))
      .execute())
      existing.set(`${r.personId} ${r.companyId}`, r.role);
  for (const l of links) {
    const company = byKey.get(searchKey(l.company))!;
    const pair = `${l.personId} ${company.id}`;
    const before = existing.get(pair);
    if (before !== undefined && (l.role === null || l.role === before)) continue;
    if (before === undefined)
      await trx
        .insertInto('personCompanies')
        .values({ personId: l.personId, companyId: company.id, role: l.role, createdAt: now })
        .execute();
    else
      await trx
        .updateTable('personCompanies')
        .set({ role: l.role })
        .where('personId', '=', l.personId)
        .where('companyId', '=', company.id)
        .execute();
    existing.set(pair, l.role);
    events.push({
      type: 'person.company_linked',
      entityType: 'person',
      entityId: l.personId,
      personId: l.personId,
      companyId: company.id,
      payload: { companyName: company.name, role: l.role, previousRole: before ?? null, via: 'import' },
    });
  }
  await appendEvents(trx, env.clock, env.actor, events);
}

/** Live companies by search key; of several with one name, the oldest. */
async function findCompanies(trx: Executor, keys: string[]) {
  const out = new Map<string, { id: string; name: string }>();
  for (let i = 0; i < keys.length; i += CHUNK)
    for (const r of await trx
      .selectFrom('companies')
      .select(['id', 'name', 'searchName'])
      .where('searchName', 'in', keys.slice(i, i + CHUNK))
      .where('mergedIntoId', 'is', null)
      .orderBy('id')
      .execute())
      if (!out.has(r.searchName)) out.set(r.searchName, { id: r.id, name: r.name });
  return out;
}
