import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { appendEvent } from '../../platform/events/append-event.js';
import {
  type CompanyDetails,
  type CompanyDetailsInput,
  EMPTY_COMPANY_DETAILS,
} from './company-details.schemas.js';

const KEY = 'company';

/** The organisation's company details (empty defaults until an admin saves them). */
export async function getCompanyDetails(db: Executor): Promise<CompanyDetails> {
  const row = await db.selectFrom('orgSettings').selectAll().where('key', '=', KEY).executeTakeFirst();
  if (!row) return { ...EMPTY_COMPANY_DETAILS };
  return {
    ...EMPTY_COMPANY_DETAILS,
    ...fromJson<Partial<CompanyDetails>>(row.value),
    version: row.version,
    updatedAt: Number(row.updatedAt),
  };
}

/** Writes the whole record (insert on first save); the caller's transaction. */
export async function writeCompanyDetails(
  trx: Executor,
  before: CompanyDetails,
  value: Omit<CompanyDetails, 'version' | 'updatedAt'>,
  now: number,
): Promise<CompanyDetails> {
  const version = before.version + 1;
  if (before.version === 0)
    await trx
      .insertInto('orgSettings')
      .values({ key: KEY, value: toJson(value), version, updatedAt: now })
      .execute();
  else
    await trx
      .updateTable('orgSettings')
      .set({ value: toJson(value), version, updatedAt: now })
      .where('key', '=', KEY)
      .execute();
  return { ...value, version, updatedAt: now };
}

/** Replaces the company details (fields left out become empty); event + audit in one transaction. */
export async function saveCompanyDetails(
  ctx: AppContext,
  actor: Actor,
  input: CompanyDetailsInput,
): Promise<CompanyDetails> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getCompanyDetails(trx);
    const now = ctx.clock.now();
    const { version: _v, updatedAt: _u, ...defaults } = EMPTY_COMPANY_DETAILS;
    // The logo has its own endpoint: replacing the details keeps it.
    const value = { ...defaults, logo: before.logo };
    for (const [k, v] of Object.entries(input)) if (v !== undefined) Object.assign(value, { [k]: v });
    const after = await writeCompanyDetails(trx, before, value, now);
    await appendEvent(trx, ctx.clock, actor, {
      type: 'settings.company_updated',
      entityType: 'org_settings',
      entityId: KEY,
      payload: { legalName: after.legalName },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'org_settings',
      entityId: KEY,
      action: 'update',
      before: before.version ? { ...before } : null,
      after: { ...after },
    });
    return after;
  });
}
