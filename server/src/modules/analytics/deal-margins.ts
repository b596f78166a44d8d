import type { Executor } from '../../db/database.js';
import { lineMargin } from '../sales/line-margin.js';

/**
 * Margin per won deal (closed in [from, to), owned by one of `ownerIds`) whose lines all have a
 * known cost; deals without lines or with a line of unknown cost are absent from the map.
 */
export async function dealMargins(
  db: Executor,
  ownerIds: string[],
  range: { from: number; to: number },
): Promise<Map<string, number>> {
  const lines = await db
    .selectFrom('dealLines')
    .innerJoin('deals', 'deals.id', 'dealLines.dealId')
    .innerJoin('pipelineStages', 'pipelineStages.id', 'deals.stageId')
    .select(['dealLines.dealId', 'dealLines.total', 'dealLines.unitCost', 'dealLines.quantity'])
    .where('deals.ownerId', 'in', ownerIds)
    .where('pipelineStages.kind', '=', 'won')
    .where('deals.closedAt', '>=', range.from)
    .where('deals.closedAt', '<', range.to)
    .execute();
  const margins = new Map<string, number | null>();
  for (const l of lines) {
    const prev = margins.get(l.dealId);
    const m = lineMargin({
      total: Number(l.total),
      unitCost: numOrNull(l.unitCost),
      quantity: Number(l.quantity),
    });
    margins.set(l.dealId, prev === null || m === null ? null : (prev ?? 0) + m);
  }
  return new Map([...margins].filter((e): e is [string, number] => e[1] !== null));
}

const numOrNull = (v: number | string | null) => (v == null ? null : Number(v));
