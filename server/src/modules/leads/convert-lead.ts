import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError, notFound, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { createCompanyIn } from '../companies/create-company.js';
import { linkPersonCompanyIn } from '../companies/link-person-company.js';
import { searchKey } from '../people/contact-values.js';
import { createPersonIn } from '../people/create-person.js';
import { findPeopleByEmail, findPeopleByPhone } from '../people/find-people-by-identity.js';
import { createDealIn } from '../sales/create-deal.js';
import { findLead, saveLead } from './leads.repository.js';
import type { ConvertLeadInput, Lead } from './leads.schemas.js';

/** The person this lead already is (linked, or the same email/phone), or null. */
async function existingPerson(trx: Executor, lead: Lead): Promise<string | null> {
  if (lead.personId) return lead.personId;
  const byEmail = lead.email ? await findPeopleByEmail(trx, lead.email) : [];
  if (byEmail[0]) return byEmail[0];
  const byPhone = lead.phone ? await findPeopleByPhone(trx, lead.phone) : [];
  return byPhone[0] ?? null;
}

async function companyFor(trx: Executor, ctx: AppContext, p: Principal, actor: Actor, name: string) {
  const found = await trx
    .selectFrom('companies')
    .select('id')
    .where('searchName', '=', searchKey(name))
    .where('mergedIntoId', 'is', null)
    .executeTakeFirst();
  if (found) return found.id;
  const company = await createCompanyIn(trx, ctx, p, actor, { name, ownerId: p.userId });
  return company.id;
}

/**
 * Converts a lead in one transaction: reuses the person with its email/phone or creates one (with
 * the lead's consents), optionally finds/creates and links the company and creates a deal, marks the
 * lead converted, and moves the lead's events onto the person so its history stays on the timeline.
 * The new person and deal get `input.ownerId`, else the lead's owner, else the converting user.
 */
export async function convertLead(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  id: string,
  input: ConvertLeadInput,
): Promise<Lead> {
  return ctx.db.transaction().execute(async (trx) => {
    const lead = await findLead(trx, principal, id);
    if (!lead) throw notFound('Lead', id);
    if (lead.status === 'converted') throw new AppError('conflict', `Lead ${id} is already converted`);
    // Nobody's person and deal fall through every owner-based rule ("follow-up task for the owner").
    const ownerId = input.ownerId !== undefined ? input.ownerId : (lead.ownerId ?? principal.userId);
    if (input.ownerId) {
      const user = await trx
        .selectFrom('users')
        .select('id')
        .where('id', '=', input.ownerId)
        .executeTakeFirst();
      if (!user)
        throw validationError('ownerId', `user ${input.ownerId} not found`, 'not_found', {
          entity: 'user',
          id: input.ownerId,
        });
    }
    let personId = await existingPerson(trx, lead);
    const reused = personId !== null;
    if (!personId) {
      const person = await createPersonIn(trx, ctx, principal, actor, {
        firstName: lead.firstName,
        lastName: lead.lastName,
        emails: lead.email ? [{ email: lead.email, primary: true }] : undefined,
        phones: lead.phone ? [{ phone: lead.phone, primary: true }] : undefined,
        source: lead.source,
        ownerId,
      });
      personId = person.id;
    }
    await copyConsents(trx, ctx, personId, lead);
    const companyName = input.companyName ?? lead.companyName;
    const companyId = companyName ? await companyFor(trx, ctx, principal, actor, companyName) : null;
    if (companyId) await linkPersonCompanyIn(trx, ctx, principal, actor, personId, companyId, null);
    const deal = input.createDeal
      ? await createDealIn(trx, ctx, principal, actor, {
          ...input.createDeal,
          personId,
          companyId,
          ownerId,
        })
      : null;
    // The lead's history belongs to the person now.
    await trx
      .updateTable('events')
      .set({ personId })
      .where('entityType', '=', 'lead')
      .where('entityId', '=', lead.id)
      .execute();
    const now = ctx.clock.now();
    const after: Lead = {
      ...lead,
      status: 'converted',
      ownerId: lead.ownerId ?? ownerId,
      personId,
      dealId: deal?.id ?? null,
      version: lead.version + 1,
      updatedAt: now,
    };
    await saveLead(trx, after, false);
    await appendEvent(trx, ctx.clock, actor, {
      type: 'lead.converted',
      entityType: 'lead',
      entityId: lead.id,
      personId,
      companyId,
      payload: { dealId: after.dealId, reusedPerson: reused, score: lead.score },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'lead',
      entityId: id,
      action: 'update',
      before: lead,
      after,
    });
    return after;
  });
}

/** Consents given on the lead become the person's (kept if the person already has that purpose). */
async function copyConsents(trx: Executor, ctx: AppContext, personId: string, lead: Lead) {
  for (const c of lead.consents) {
    const has = await trx
      .selectFrom('personConsents')
      .select('purpose')
      .where('personId', '=', personId)
      .where('purpose', '=', c.purpose)
      .executeTakeFirst();
    if (has) continue;
    await trx
      .insertInto('personConsents')
      .values({
        personId,
        purpose: c.purpose,
        status: c.status,
        source: c.source,
        textVersion: c.textVersion,
        changedAt: c.at,
        actorType: 'customer',
        actorId: null,
      })
      .execute();
    await appendEvent(
      trx,
      ctx.clock,
      { type: 'customer', id: null },
      {
        type: 'consent.changed',
        entityType: 'person',
        entityId: personId,
        personId,
        payload: { purpose: c.purpose, status: c.status, source: c.source, textVersion: c.textVersion },
      },
    );
  }
}
