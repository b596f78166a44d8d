import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { isPersonVisible } from '../people/people.repository.js';
import { findCompany } from './companies.repository.js';

/**
 * Links a person to a company with a role (linking again changes the role). Both must be visible
 * to the principal, otherwise 404. Event `person.company_linked` lands on both timelines.
 */
export async function linkPersonCompany(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  personId: string,
  companyId: string,
  role: string | null,
) {
  return ctx.db
    .transaction()
    .execute((trx) => linkPersonCompanyIn(trx, ctx, principal, actor, personId, companyId, role));
}

/** The same inside the caller's transaction (lead conversion composes several). */
export async function linkPersonCompanyIn(
  trx: Executor,
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  personId: string,
  companyId: string,
  role: string | null,
) {
  if (!(await isPersonVisible(trx, principal, personId))) throw notFound('Person', personId);
  const company = await findCompany(trx, principal, companyId);
  if (!company) throw notFound('Company', companyId);
  const before = await trx
    .selectFrom('personCompanies')
    .selectAll()
    .where('personId', '=', personId)
    .where('companyId', '=', companyId)
    .executeTakeFirst();
  if (before) {
    await trx
      .updateTable('personCompanies')
      .set({ role })
      .where('personId', '=', personId)
      .where('companyId', '=', companyId)
      .execute();
  } else {
    await trx
      .insertInto('personCompanies')
      .values({ personId, companyId, role, createdAt: ctx.clock.now() })
      .execute();
  }
  await appendEvent(trx, ctx.clock, actor, {
    type: 'person.company_linked',
    entityType: 'person',
    entityId: personId,
    personId,
    companyId,
    payload: { companyName: company.name, role, previousRole: before?.role ?? null },
  });
  await recordAudit(trx, ctx, actor, {
    entityType: 'person',
    entityId: personId,
    action: 'link_company',
    before: before ?? null,
    after: { companyId, role },
  });
  return { companyId, role };
}

export async function unlinkPersonCompany(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  personId: string,
  companyId: string,
) {
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await isPersonVisible(trx, principal, personId))) throw notFound('Person', personId);
    const res = await trx
      .deleteFrom('personCompanies')
      .where('personId', '=', personId)
      .where('companyId', '=', companyId)
      .executeTakeFirst();
    if (Number(res.numDeletedRows) === 0) throw notFound('Link to company', companyId);
    await appendEvent(trx, ctx.clock, actor, {
      type: 'person.company_unlinked',
      entityType: 'person',
      entityId: personId,
      personId,
      companyId,
      payload: {},
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'person',
      entityId: personId,
      action: 'unlink_company',
      before: { companyId },
      after: null,
    });
  });
}
