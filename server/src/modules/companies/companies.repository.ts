import type { Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';
import type { Principal } from '../../platform/auth/principal.js';
import { applyVisibility } from '../../platform/auth/visibility.js';
import { searchKey } from '../people/contact-values.js';
import type { Company } from './companies.schemas.js';
import type { CompanyRow } from './companies.table.js';

/** `companies` rows the principal may see; every company read starts here. Tombstones are not companies. */
export function visibleCompanies(db: Executor, principal: Principal) {
  return applyVisibility(
    db.selectFrom('companies').selectAll('companies').where('companies.mergedIntoId', 'is', null),
    principal,
    'companies.ownerId',
  );
}

/** The survivor id of a merged company the principal could see, or undefined. */
export async function findMergedCompany(db: Executor, principal: Principal, id: string) {
  const row = await applyVisibility(
    db
      .selectFrom('companies')
      .select('companies.mergedIntoId')
      .where('companies.mergedIntoId', 'is not', null),
    principal,
    'companies.ownerId',
  )
    .where('companies.id', '=', id)
    .executeTakeFirst();
  return row?.mergedIntoId ?? undefined;
}

export async function findCompany(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<Company | undefined> {
  const row = await visibleCompanies(db, principal).where('companies.id', '=', id).executeTakeFirst();
  return row ? toCompany(row) : undefined;
}

export function toCompany(r: CompanyRow): Company {
  return {
    id: r.id,
    name: r.name,
    legalName: r.legalName,
    taxId: r.taxId,
    industry: r.industry,
    size: r.size,
    turnover:
      r.turnoverAmount == null || r.turnoverCurrency == null
        ? null
        : { amount: Number(r.turnoverAmount), currency: r.turnoverCurrency },
    website: r.website,
    domain: r.domain,
    address: r.address == null ? null : fromJson(r.address),
    ownerId: r.ownerId,
    tags: fromJson<string[]>(r.tags),
    custom: fromJson<Record<string, unknown>>(r.custom),
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

export async function saveCompany(db: Executor, c: Company, isNew: boolean): Promise<void> {
  const row = {
    name: c.name,
    searchName: searchKey(c.name),
    legalName: c.legalName,
    taxId: c.taxId,
    industry: c.industry,
    size: c.size,
    turnoverAmount: c.turnover?.amount ?? null,
    turnoverCurrency: c.turnover?.currency ?? null,
    website: c.website,
    domain: c.domain,
    address: c.address == null ? null : toJson(c.address),
    ownerId: c.ownerId,
    tags: toJson(c.tags),
    custom: toJson(c.custom),
    version: c.version,
    updatedAt: c.updatedAt,
  };
  if (isNew)
    await db
      .insertInto('companies')
      .values({ ...row, id: c.id, createdAt: c.createdAt })
      .execute();
  else await db.updateTable('companies').set(row).where('id', '=', c.id).execute();
}
