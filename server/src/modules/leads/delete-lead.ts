import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { findLead } from './leads.repository.js';

/** Deletes a lead (its score history goes with it); event `lead.deleted`. */
export async function deleteLead(ctx: AppContext, principal: Principal, actor: Actor, id: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findLead(trx, principal, id);
    if (!before) throw notFound('Lead', id);
    await trx.deleteFrom('leads').where('id', '=', id).execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'lead.deleted',
      entityType: 'lead',
      entityId: id,
      personId: before.personId,
      payload: { email: before.email },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'lead',
      entityId: id,
      action: 'delete',
      before,
      after: null,
    });
  });
}
