import type { AppContext } from '../../context.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Board } from './deal-reports.types.js';
import { toDeal, visibleDeals } from './deals.repository.js';
import { resolvePipeline } from './pipelines.repository.js';

/** Deals of one pipeline grouped by stage in column order, with count and totals per column. */
export async function getBoard(
  ctx: AppContext,
  principal: Principal,
  pipelineId: string | undefined,
): Promise<Board> {
  const pipeline = await resolvePipeline(ctx.db, pipelineId);
  const rows = await visibleDeals(ctx.db, principal)
    .where('deals.pipelineId', '=', pipeline.id)
    .orderBy('deals.position')
    .orderBy('deals.id')
    .execute();
  const deals = rows.map(toDeal);
  const columns = pipeline.stages.map((stage) => {
    const inStage = deals.filter((d) => d.stageId === stage.id);
    const totals = new Map<string, number>();
    for (const d of inStage) totals.set(d.currency, (totals.get(d.currency) ?? 0) + d.amount);
    return {
      stage,
      count: inStage.length,
      totals: [...totals]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([currency, amount]) => ({ currency, amount })),
      deals: inStage,
    };
  });
  return { pipeline, columns };
}
