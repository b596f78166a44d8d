import type { Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';
import type { Principal } from '../../platform/auth/principal.js';
import { applyVisibility } from '../../platform/auth/visibility.js';
import type { Lead, LeadConsent } from './leads.schemas.js';
import type { LeadRow } from './leads.table.js';

/** `leads` rows the principal may see (by owner); every lead read starts here. */
export function visibleLeads(db: Executor, principal: Principal) {
  return applyVisibility(db.selectFrom('leads').selectAll('leads'), principal, 'leads.ownerId');
}

export async function findLead(db: Executor, principal: Principal, id: string): Promise<Lead | undefined> {
  const row = await visibleLeads(db, principal).where('leads.id', '=', id).executeTakeFirst();
  return row ? toLead(row) : undefined;
}

/** No visibility: for system flows (scoring, forms). */
export async function loadLead(db: Executor, id: string): Promise<Lead | undefined> {
  const row = await db.selectFrom('leads').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toLead(row) : undefined;
}

export function toLead(r: LeadRow): Lead {
  return {
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    email: r.email,
    phone: r.phone,
    companyName: r.companyName,
    source: r.source,
    status: r.status as Lead['status'],
    ownerId: r.ownerId,
    interest: r.interest,
    score: Number(r.score),
    personId: r.personId,
    dealId: r.dealId,
    custom: fromJson<Record<string, unknown>>(r.custom),
    consents: fromJson<LeadConsent[]>(r.consents),
    version: r.version,
    createdAt: Number(r.createdAt),
    updatedAt: Number(r.updatedAt),
  };
}

export async function saveLead(db: Executor, l: Lead, isNew: boolean): Promise<void> {
  const row = {
    firstName: l.firstName,
    lastName: l.lastName,
    email: l.email,
    phone: l.phone,
    companyName: l.companyName,
    source: l.source,
    status: l.status,
    ownerId: l.ownerId,
    interest: l.interest,
    score: l.score,
    personId: l.personId,
    dealId: l.dealId,
    custom: toJson(l.custom),
    consents: toJson(l.consents),
    version: l.version,
    updatedAt: l.updatedAt,
  };
  if (isNew)
    await db
      .insertInto('leads')
      .values({ ...row, id: l.id, createdAt: l.createdAt })
      .execute();
  else await db.updateTable('leads').set(row).where('id', '=', l.id).execute();
}

/** The newest lead with this email or phone that is not converted (form intake dedup). */
export async function findOpenLeadByContact(
  db: Executor,
  email: string | null,
  phone: string | null,
): Promise<Lead | undefined> {
  if (!email && !phone) return undefined;
  const row = await db
    .selectFrom('leads')
    .selectAll()
    .where('status', '!=', 'converted')
    .where((eb) =>
      eb.or([...(email ? [eb('email', '=', email)] : []), ...(phone ? [eb('phone', '=', phone)] : [])]),
    )
    .orderBy('createdAt', 'desc')
    .executeTakeFirst();
  return row ? toLead(row) : undefined;
}
