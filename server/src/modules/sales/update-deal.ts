import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { assertCustomUsersExist } from '../fields/assert-custom-users.js';
import { listFields } from '../fields/fields.repository.js';
import { validateCustomValues } from '../fields/validate-custom-values.js';
import { diffFields } from '../people/diff-fields.js';
import { checkCloseDate, checkDealLinks } from './check-deal-links.js';
import { checkLinedAmount } from './deal-lines.repository.js';
import { requireDeal, saveDeal } from './deals.repository.js';
import type { Deal, UpdateDealInput } from './deals.schemas.js';

/** Partial update (not the stage: see move-deal); optional If-Match like people and companies. */
export async function updateDeal(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  id: string,
  input: UpdateDealInput,
  ifMatch?: number,
): Promise<Deal> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await requireDeal(trx, principal, id);
    if (ifMatch !== undefined && ifMatch !== before.version)
      throw new AppError(
        'precondition_failed',
        `Deal ${id} is at version ${before.version}, not ${ifMatch}`,
        {
          currentVersion: before.version,
        },
      );
    await checkLinedAmount(trx, before, input);
    await checkDealLinks(trx, input);
    const dealFields = await listFields(trx, 'deal');
    await assertCustomUsersExist(trx, dealFields, input.custom);
    checkCloseDate(input.expectedCloseDate);
    const pick = <K extends keyof UpdateDealInput & keyof Deal>(k: K) =>
      (input[k] !== undefined ? input[k] : before[k]) as Deal[K];
    const next: Deal = {
      ...before,
      title: pick('title'),
      amount: pick('amount'),
      currency: pick('currency'),
      personId: pick('personId'),
      companyId: pick('companyId'),
      ownerId: pick('ownerId'),
      expectedCloseDate: pick('expectedCloseDate'),
      custom: validateCustomValues(dealFields, input.custom, before.custom),
    };
    const changes = diffFields(
      before as unknown as Record<string, unknown>,
      next as unknown as Record<string, unknown>,
    );
    if (Object.keys(changes).length === 0) return before;
    const after: Deal = { ...next, version: before.version + 1, updatedAt: ctx.clock.now() };
    const bumped = await trx
      .updateTable('deals')
      .set({ version: after.version })
      .where('id', '=', id)
      .where('version', '=', before.version)
      .executeTakeFirst();
    if (Number(bumped.numUpdatedRows) !== 1)
      throw new AppError('precondition_failed', `Deal ${id} changed concurrently`);
    await saveDeal(trx, after, false);
    await appendEvent(trx, ctx.clock, actor, {
      type: 'deal.updated',
      entityType: 'deal',
      entityId: id,
      personId: after.personId,
      companyId: after.companyId,
      payload: { title: after.title, changes },
    });
    await recordAudit(trx, ctx, actor, { entityType: 'deal', entityId: id, action: 'update', before, after });
    return after;
  });
}
