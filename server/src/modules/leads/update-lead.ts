import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError, notFound, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { diffFields } from '../people/diff-fields.js';
import { applyScore } from './compute-score.js';
import { findLead, saveLead } from './leads.repository.js';
import type { Lead, UpdateLeadInput } from './leads.schemas.js';
import { normalizeLeadInput } from './normalize-lead.js';

const KEYS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyName',
  'source',
  'status',
  'ownerId',
  'interest',
  'personId',
] as const;

/** Partial update with optional If-Match; rescoring follows (field rules may now match). */
export async function updateLead(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  id: string,
  input: UpdateLeadInput,
  ifMatch?: number,
): Promise<Lead> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await findLead(trx, principal, id);
    if (!before) throw notFound('Lead', id);
    if (ifMatch !== undefined && ifMatch !== before.version)
      throw new AppError(
        'precondition_failed',
        `Lead ${id} is at version ${before.version}, not ${ifMatch}`,
        {
          currentVersion: before.version,
        },
      );
    if (before.status === 'converted' && input.status)
      throw validationError('status', 'a converted lead keeps its status', 'lead_converted');
    const clean = await normalizeLeadInput(trx, input);
    if (clean.personId) {
      const p = await trx
        .selectFrom('people')
        .select('id')
        .where('id', '=', clean.personId)
        .executeTakeFirst();
      if (!p)
        throw validationError('personId', `person ${clean.personId} not found`, 'not_found', {
          entity: 'person',
          id: clean.personId,
        });
    }
    const next = { ...before } as Record<string, unknown>;
    for (const k of KEYS) if (clean[k] !== undefined) next[k] = clean[k] ?? null;
    if (input.custom) next.custom = { ...before.custom, ...input.custom };
    const changes = diffFields(before as unknown as Record<string, unknown>, next);
    if (Object.keys(changes).length === 0) return before;
    const now = ctx.clock.now();
    const after = { ...(next as unknown as Lead), version: before.version + 1, updatedAt: now };
    const bumped = await trx
      .updateTable('leads')
      .set({ version: after.version })
      .where('id', '=', id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) !== 1)
      throw new AppError('precondition_failed', `Lead ${id} changed concurrently`);
    await saveLead(trx, after, false);
    await appendEvent(trx, ctx.clock, actor, {
      type: 'lead.updated',
      entityType: 'lead',
      entityId: id,
      personId: after.personId,
      payload: { changes },
    });
    await recordAudit(trx, ctx, actor, { entityType: 'lead', entityId: id, action: 'update', before, after });
    after.score = await applyScore(trx, after, now, 'updated');
    if (after.score !== before.score) after.version += 1;
    return after;
  });
}
