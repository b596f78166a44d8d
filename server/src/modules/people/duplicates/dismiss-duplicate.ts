import type { AppContext } from '../../../context.js';
import type { Actor } from '../../../platform/actor.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { AppError, notFound } from '../../../platform/errors.js';
import { appendEvent } from '../../../platform/events/append-event.js';
import { isPersonVisible } from '../people.repository.js';

/**
 * Marks a pair "not duplicates": it leaves the queue and is never proposed again (the consumer keeps
 * dismissed pairs as they are). Both people must be visible. Event `person.duplicate_dismissed`.
 */
export async function dismissDuplicate(ctx: AppContext, principal: Principal, actor: Actor, pairId: string) {
  return ctx.db.transaction().execute(async (trx) => {
    const pair = await trx
      .selectFrom('personDuplicates')
      .selectAll()
      .where('id', '=', pairId)
      .executeTakeFirst();
    if (
      !pair ||
      !(await isPersonVisible(trx, principal, pair.firstId)) ||
      !(await isPersonVisible(trx, principal, pair.secondId))
    ) {
      throw notFound('Duplicate pair', pairId);
    }
    if (pair.status === 'dismissed') return { id: pairId, status: 'dismissed' };
    if (pair.status !== 'open') throw new AppError('conflict', `Pair ${pairId} is already ${pair.status}`);
    const now = ctx.clock.now();
    await trx
      .updateTable('personDuplicates')
      .set({ status: 'dismissed', resolvedAt: now, resolvedBy: actor.id, updatedAt: now })
      .where('id', '=', pairId)
      .execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'person.duplicate_dismissed',
      entityType: 'person',
      entityId: pair.firstId,
      personId: pair.firstId,
      payload: { pairId, otherId: pair.secondId },
    });
    return { id: pairId, status: 'dismissed' };
  });
}
