import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { applyScore } from './compute-score.js';
import { saveLead } from './leads.repository.js';
import type { CreateLeadInput, Lead, LeadConsent } from './leads.schemas.js';
import { normalizeLeadInput } from './normalize-lead.js';

/** Inserts a lead in `trx` (input already normalised): event `lead.created`, audit, first score. */
export async function insertLead(
  trx: Executor,
  ctx: Pick<AppContext, 'clock'>,
  actor: Actor,
  input: CreateLeadInput & { ownerId: string | null; consents?: LeadConsent[] },
): Promise<Lead> {
  const now = ctx.clock.now();
  const lead: Lead = {
    id: newId('lead'),
    firstName: input.firstName ?? null,
    lastName: input.lastName ?? null,
    email: input.email ?? null,
    phone: input.phone ?? null,
    companyName: input.companyName ?? null,
    source: input.source ?? null,
    status: input.status,
    ownerId: input.ownerId,
    interest: input.interest ?? null,
    score: 0,
    personId: null,
    dealId: null,
    custom: input.custom ?? {},
    consents: input.consents ?? [],
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await saveLead(trx, lead, true);
  await appendEvent(trx, ctx.clock, actor, {
    type: 'lead.created',
    entityType: 'lead',
    entityId: lead.id,
    payload: { firstName: lead.firstName, lastName: lead.lastName, email: lead.email, source: lead.source },
  });
  await recordAudit(trx, ctx, actor, {
    entityType: 'lead',
    entityId: lead.id,
    action: 'create',
    before: null,
    after: lead,
  });
  lead.score = await applyScore(trx, lead, now, 'created');
  return lead;
}

/** Creates a lead (owner defaults to the creating user). */
export async function createLead(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  input: CreateLeadInput,
) {
  return ctx.db.transaction().execute(async (trx) => {
    const clean = await normalizeLeadInput(trx, input);
    const ownerId = input.ownerId !== undefined ? (clean.ownerId ?? null) : principal.userId;
    return insertLead(trx, ctx, actor, { ...clean, ownerId });
  });
}
