import type { Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';
import type { Principal } from '../../platform/auth/principal.js';
import { applyVisibility } from '../../platform/auth/visibility.js';
import { notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import type { Deal, StageChange } from './deals.schemas.js';
import type { DealRow } from './deals.table.js';

/** `deals` rows the principal may see (by owner); every deal read starts here. */
export function visibleDeals(db: Executor, principal: Principal) {
  return applyVisibility(db.selectFrom('deals').selectAll('deals'), principal, 'deals.ownerId');
}

export async function findDeal(db: Executor, principal: Principal, id: string): Promise<Deal | undefined> {
  const row = await visibleDeals(db, principal).where('deals.id', '=', id).executeTakeFirst();
  return row ? toDeal(row) : undefined;
}

/** The deal, or 404 when it does not exist or the principal may not see it (hidden reads as missing). */
export async function requireDeal(db: Executor, principal: Principal, id: string): Promise<Deal> {
  const deal = await findDeal(db, principal, id);
  if (!deal) throw notFound('Deal', id);
  return deal;
}

export function toDeal(r: DealRow): Deal {
  return {
    id: r.id,
    title: r.title,
    amount: Number(r.amount),
    currency: r.currency,
    pipelineId: r.pipelineId,
    stageId: r.stageId,
    position: r.position,
    personId: r.personId,
    companyId: r.companyId,
    ownerId: r.ownerId,
    expectedCloseDate: r.expectedCloseDate,
    lostReasonId: r.lostReasonId,
    stageEnteredAt: Number(r.stageEnteredAt),
    closedAt: r.closedAt == null ? null : Number(r.closedAt),
    custom: fromJson<Record<string, unknown>>(r.custom),
    version: r.version,
    createdAt: Number(r.createdAt),
    updatedAt: Number(r.updatedAt),
  };
}

export async function saveDeal(db: Executor, d: Deal, isNew: boolean): Promise<void> {
  const row = {
    title: d.title,
    searchTitle: d.title.toLowerCase(),
    amount: d.amount,
    currency: d.currency,
    pipelineId: d.pipelineId,
    stageId: d.stageId,
    position: d.position,
    personId: d.personId,
    companyId: d.companyId,
    ownerId: d.ownerId,
    expectedCloseDate: d.expectedCloseDate,
    lostReasonId: d.lostReasonId,
    stageEnteredAt: d.stageEnteredAt,
    closedAt: d.closedAt,
    custom: toJson(d.custom),
    version: d.version,
    updatedAt: d.updatedAt,
  };
  if (isNew)
    await db
      .insertInto('deals')
      .values({ ...row, id: d.id, createdAt: d.createdAt })
      .execute();
  else await db.updateTable('deals').set(row).where('id', '=', d.id).execute();
}

export async function addStageChange(
  db: Executor,
  deal: Pick<Deal, 'id' | 'pipelineId'>,
  from: string | null,
  to: string,
  at: number,
  by: string | null,
): Promise<void> {
  await db
    .insertInto('dealStageHistory')
    .values({
      id: newId('dsh'),
      dealId: deal.id,
      pipelineId: deal.pipelineId,
      fromStageId: from,
      toStageId: to,
      at,
      by,
    })
    .execute();
}

export async function stageHistory(db: Executor, dealId: string): Promise<StageChange[]> {
  const rows = await db
    .selectFrom('dealStageHistory')
    .select(['id', 'fromStageId', 'toStageId', 'at', 'by'])
    .where('dealId', '=', dealId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ ...r, at: Number(r.at) }));
}

/** The next free position at the end of a stage's column. */
export async function endOfColumn(db: Executor, stageId: string): Promise<number> {
  const r = await db
    .selectFrom('deals')
    .select((eb) => eb.fn.max('position').as('p'))
    .where('stageId', '=', stageId)
    .executeTakeFirst();
  return r?.p == null ? 0 : Number(r.p) + 1;
}
