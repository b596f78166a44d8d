import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { assertUsersExist } from '../../platform/users/check-references.js';
import { assertCustomUsersExist } from '../fields/assert-custom-users.js';
import { listFields } from '../fields/fields.repository.js';
import { saveCompany } from './companies.repository.js';
import type { Company, CompanyInput } from './companies.schemas.js';
import { normalizeCompany } from './normalize-company.js';

/** Creates a company (owner defaults to the creating user); event `company.created` + audit. */
export async function createCompany(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  input: CompanyInput & { name: string },
): Promise<Company> {
  return ctx.db.transaction().execute((trx) => createCompanyIn(trx, ctx, principal, actor, input));
}

/** The same inside the caller's transaction (lead conversion composes several). */
export async function createCompanyIn(
  trx: Executor,
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  input: CompanyInput & { name: string },
): Promise<Company> {
  const defs = await listFields(trx, 'company');
  const state = normalizeCompany(input, null, defs);
  await assertUsersExist(trx, [input.ownerId], 'ownerId');
  await assertCustomUsersExist(trx, defs, input.custom);
  const now = ctx.clock.now();
  const company: Company = {
    id: newId('com'),
    ...state,
    ownerId: input.ownerId !== undefined ? state.ownerId : principal.userId,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await saveCompany(trx, company, true);
  await appendEvent(trx, ctx.clock, actor, {
    type: 'company.created',
    entityType: 'company',
    entityId: company.id,
    companyId: company.id,
    payload: { name: company.name, domain: company.domain },
  });
  await recordAudit(trx, ctx, actor, {
    entityType: 'company',
    entityId: company.id,
    action: 'create',
    before: null,
    after: company,
  });
  return company;
}
