import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { assertCustomUsersExist } from '../fields/assert-custom-users.js';
import { listFields } from '../fields/fields.repository.js';
import { validateCustomValues } from '../fields/validate-custom-values.js';
import { checkCloseDate, checkDealLinks } from './check-deal-links.js';
import { addStageChange, endOfColumn, saveDeal } from './deals.repository.js';
import type { CreateDealInput, Deal } from './deals.schemas.js';
import { checkLostReason, resolvePipeline } from './pipelines.repository.js';

/**
 * Creates a deal in the named (or default) pipeline, in the named (or first) stage; the owner defaults
 * to the creating user. Writes the first history row and `deal.created` (+ won/lost if created closed).
 */
export async function createDeal(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  input: CreateDealInput,
): Promise<Deal> {
  return ctx.db.transaction().execute((trx) => createDealIn(trx, ctx, principal, actor, input));
}

/** The same inside the caller's transaction (lead conversion composes several). */
export async function createDealIn(
  trx: Executor,
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  input: CreateDealInput,
): Promise<Deal> {
  const pipeline = await resolvePipeline(trx, input.pipelineId);
  const stage = input.stageId ? pipeline.stages.find((s) => s.id === input.stageId) : pipeline.stages[0];
  if (!stage)
    throw validationError('stageId', `is not a stage of pipeline ${pipeline.id}`, 'not_in_pipeline', {
      pipelineId: pipeline.id,
    });
  if (stage.kind === 'lost' && !input.lostReasonId)
    throw validationError('lostReasonId', 'is required for a lost stage', 'required');
  if (input.lostReasonId) {
    if (stage.kind !== 'lost')
      throw validationError('lostReasonId', 'only a lost deal has a lost reason', 'only_when_lost');
    await checkLostReason(trx, input.lostReasonId);
  }
  const ownerId = input.ownerId !== undefined ? input.ownerId : principal.userId;
  await checkDealLinks(trx, { personId: input.personId, companyId: input.companyId, ownerId });
  const dealFields = await listFields(trx, 'deal');
  await assertCustomUsersExist(trx, dealFields, input.custom);
  checkCloseDate(input.expectedCloseDate);
  const now = ctx.clock.now();
  const deal: Deal = {
    id: newId('deal'),
    title: input.title,
    amount: input.amount,
    currency: input.currency,
    pipelineId: pipeline.id,
    stageId: stage.id,
    position: await endOfColumn(trx, stage.id),
    personId: input.personId ?? null,
    companyId: input.companyId ?? null,
    ownerId: ownerId ?? null,
    expectedCloseDate: input.expectedCloseDate ?? null,
    lostReasonId: input.lostReasonId ?? null,
    stageEnteredAt: now,
    closedAt: stage.kind === 'open' ? null : now,
    custom: validateCustomValues(dealFields, input.custom, null),
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await saveDeal(trx, deal, true);
  await addStageChange(trx, deal, null, stage.id, now, actor.id);
  const base = {
    entityType: 'deal',
    entityId: deal.id,
    personId: deal.personId,
    companyId: deal.companyId,
  };
  await appendEvent(trx, ctx.clock, actor, {
    ...base,
    type: 'deal.created',
    payload: {
      title: deal.title,
      amount: deal.amount,
      currency: deal.currency,
      pipelineId: pipeline.id,
      stageId: stage.id,
    },
  });
  if (stage.kind !== 'open')
    await appendEvent(trx, ctx.clock, actor, {
      ...base,
      type: stage.kind === 'won' ? 'deal.won' : 'deal.lost',
      payload: {
        title: deal.title,
        amount: deal.amount,
        currency: deal.currency,
        stageId: stage.id,
        lostReasonId: deal.lostReasonId,
      },
    });
  await recordAudit(trx, ctx, actor, {
    entityType: 'deal',
    entityId: deal.id,
    action: 'create',
    before: null,
    after: deal,
  });
  return deal;
}
