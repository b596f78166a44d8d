import type { Executor } from '../../../db/database.js';
import type { DuplicateReason } from './duplicates.table.js';
import { nameMatch } from './name-similarity.js';

/** Colleagues compared per company; a bigger company is compared with its newest links only. */
export const MAX_COLLEAGUES = 2000;

export interface Candidate {
  otherId: string;
  reasons: DuplicateReason[];
  score: number;
}

const WEIGHT = { email: 90, phone: 80 };

/**
 * The people who may be the same as `personId`, each from an indexed equality probe: the same
 * email (`person_emails.email`), the same phone (`person_phones.phone`), or a colleague at the same
 * company (`person_companies.company_id`) with a matching name. Never a scan over all people.
 * Merged tombstones are not candidates.
 */
export async function findCandidates(db: Executor, personId: string): Promise<Candidate[]> {
  const me = await db
    .selectFrom('people')
    .select(['id', 'firstName', 'lastName', 'mergedIntoId'])
    .where('id', '=', personId)
    .executeTakeFirst();
  if (!me || me.mergedIntoId) return [];
  const found = new Map<string, { reasons: DuplicateReason[]; score: number }>();
  const add = (otherId: string, reason: DuplicateReason, score: number) => {
    if (otherId === personId) return;
    const c = found.get(otherId) ?? { reasons: [], score: 0 };
    if (!c.reasons.some((r) => r.kind === reason.kind && r.value === reason.value)) c.reasons.push(reason);
    c.score = Math.max(c.score, score);
    found.set(otherId, c);
  };

  for (const r of await emailProbe(db, personId).execute())
    add(r.personId, { kind: 'email', value: r.email }, WEIGHT.email);
  for (const r of await phoneProbe(db, personId).execute())
    add(r.personId, { kind: 'phone', value: r.phone }, WEIGHT.phone);
  const companies = await db
    .selectFrom('personCompanies')
    .innerJoin('companies', 'companies.id', 'personCompanies.companyId')
    .select(['companies.id', 'companies.name'])
    .where('personCompanies.personId', '=', personId)
    .execute();
  for (const company of companies) {
    for (const c of await colleaguesProbe(db, company.id).execute()) {
      const sim = c.id === personId ? null : nameMatch(me, c);
      if (sim !== null) add(c.id, { kind: 'name_company', value: company.name }, Math.round(sim * 70));
    }
  }

  if (found.size === 0) return [];
  const alive = await db
    .selectFrom('people')
    .select('id')
    .where('id', 'in', [...found.keys()])
    .where('mergedIntoId', 'is', null)
    .execute();
  return alive.map(({ id }) => {
    const c = found.get(id)!;
    // Each further reason adds confidence: email + phone + name is near certain.
    const score = Math.min(100, c.score + 5 * (c.reasons.length - 1));
    return { otherId: id, reasons: c.reasons, score };
  });
}

/** People sharing any of the person's emails: index probes on person_emails(email). */
export function emailProbe(db: Executor, personId: string) {
  const emails = db.selectFrom('personEmails').select('email').where('personId', '=', personId);
  return db.selectFrom('personEmails').select(['personId', 'email']).where('email', 'in', emails);
}

/** People sharing any of the person's phones: index probes on person_phones(phone). */
export function phoneProbe(db: Executor, personId: string) {
  const phones = db.selectFrom('personPhones').select('phone').where('personId', '=', personId);
  return db.selectFrom('personPhones').select(['personId', 'phone']).where('phone', 'in', phones);
}

/** Live people linked to a company, newest links first: a range of person_companies_company. */
export function colleaguesProbe(db: Executor, companyId: string) {
  return db
    .selectFrom('personCompanies')
    .innerJoin('people', 'people.id', 'personCompanies.personId')
    .select(['people.id', 'people.firstName', 'people.lastName'])
    .where('personCompanies.companyId', '=', companyId)
    .where('people.mergedIntoId', 'is', null)
    .orderBy('personCompanies.createdAt', 'desc')
    .limit(MAX_COLLEAGUES);
}
