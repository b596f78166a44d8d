import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { addStageChange, requireDeal } from './deals.repository.js';
import type { Deal, MoveDealInput } from './deals.schemas.js';
import { checkLostReason, findStage } from './pipelines.repository.js';

/**
 * Moves a deal to a stage of its own pipeline and/or a position in that stage's column. A stage change
 * writes history and `deal.stage_changed {from, to}`, plus `deal.won`/`deal.lost` on entering a
 * terminal stage of another kind; a lost stage needs a lost reason. Reordering within a column writes no event.
 */
export async function moveDeal(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  id: string,
  input: MoveDealInput,
): Promise<Deal> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await requireDeal(trx, principal, id);
    const stage = await findStage(trx, input.stageId);
    if (!stage || stage.pipelineId !== before.pipelineId)
      throw validationError(
        'stageId',
        `is not a stage of the deal's pipeline ${before.pipelineId}`,
        'not_in_pipeline',
        {
          pipelineId: before.pipelineId,
        },
      );
    const changed = stage.id !== before.stageId;
    if (stage.kind === 'lost' && changed && !input.lostReasonId)
      throw validationError('lostReasonId', 'is required to move a deal to a lost stage', 'required');
    if (input.lostReasonId) {
      if (stage.kind !== 'lost')
        throw validationError('lostReasonId', 'only a lost deal has a lost reason', 'only_when_lost');
      await checkLostReason(trx, input.lostReasonId);
    }
    // Won → another won stage (Payment received → Delivered) is progress, not a second win.
    const prevKind = (await findStage(trx, before.stageId))?.kind;
    const closes = stage.kind !== 'open' && prevKind !== stage.kind;
    const now = ctx.clock.now();
    const after: Deal = {
      ...before,
      stageId: stage.id,
      lostReasonId: stage.kind === 'lost' ? (input.lostReasonId ?? before.lostReasonId) : null,
      stageEnteredAt: changed ? now : before.stageEnteredAt,
      closedAt: stage.kind === 'open' ? null : closes || before.closedAt == null ? now : before.closedAt,
      version: before.version + 1,
      updatedAt: now,
    };
    after.position = await placeInColumn(trx, stage.id, id, input.position);
    await trx
      .updateTable('deals')
      .set({
        stageId: after.stageId,
        position: after.position,
        lostReasonId: after.lostReasonId,
        stageEnteredAt: after.stageEnteredAt,
        closedAt: after.closedAt,
        version: after.version,
        updatedAt: now,
      })
      .where('id', '=', id)
      .execute();
    if (!changed) return after;
    await addStageChange(trx, before, before.stageId, stage.id, now, actor.id);
    const base = { entityType: 'deal', entityId: id, personId: after.personId, companyId: after.companyId };
    const money = { title: after.title, amount: after.amount, currency: after.currency };
    await appendEvent(trx, ctx.clock, actor, {
      ...base,
      type: 'deal.stage_changed',
      payload: { ...money, from: before.stageId, to: stage.id },
    });
    if (closes && stage.kind === 'won')
      await appendEvent(trx, ctx.clock, actor, {
        ...base,
        type: 'deal.won',
        payload: { ...money, stageId: stage.id },
      });
    if (closes && stage.kind === 'lost')
      await appendEvent(trx, ctx.clock, actor, {
        ...base,
        type: 'deal.lost',
        payload: { ...money, stageId: stage.id, lostReasonId: after.lostReasonId },
      });
    await recordAudit(trx, ctx, actor, { entityType: 'deal', entityId: id, action: 'move', before, after });
    return after;
  });
}

/**
 * Puts the deal at `index` of the column (the end when absent) and renumbers the column 0..n-1.
 * Columns are short enough to rewrite; positions stay dense so the board's order is exact.
 */
async function placeInColumn(
  trx: Executor,
  stageId: string,
  dealId: string,
  index: number | undefined,
): Promise<number> {
  const rows = await trx
    .selectFrom('deals')
    .select(['id', 'position'])
    .where('stageId', '=', stageId)
    .where('id', '!=', dealId)
    .orderBy('position')
    .orderBy('id')
    .execute();
  const at = Math.min(index ?? rows.length, rows.length);
  const ids = rows.map((r) => r.id);
  ids.splice(at, 0, dealId);
  for (const [i, did] of ids.entries()) {
    const current = rows.find((r) => r.id === did)?.position;
    if (did !== dealId && current === i) continue;
    if (did !== dealId) await trx.updateTable('deals').set({ position: i }).where('id', '=', did).execute();
  }
  return at;
}
