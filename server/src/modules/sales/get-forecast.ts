import type { AppContext } from '../../context.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { Forecast, ForecastRow } from './deal-reports.types.js';
import { visibleDeals } from './deals.repository.js';
import { resolvePipeline } from './pipelines.repository.js';

/**
 * Expected revenue by month (of the expected close date) and owner, per currency. Open and won deals
 * count at their stage's probability; lost deals and deals without a close date are left out.
 * `from`/`to` (YYYY-MM-DD, inclusive) bound the expected close date. `undated`: how many open or won
 * deals of the pipeline the forecast leaves out for want of a close date, so a client can say so.
 */
export async function getForecast(
  ctx: AppContext,
  principal: Principal,
  q: { pipelineId?: string; from?: string; to?: string },
): Promise<Forecast> {
  const pipeline = await resolvePipeline(ctx.db, q.pipelineId);
  const probability = new Map(pipeline.stages.map((s) => [s.id, s.kind === 'lost' ? 0 : s.probability]));
  let query = visibleDeals(ctx.db, principal)
    .where('deals.pipelineId', '=', pipeline.id)
    .where('deals.expectedCloseDate', 'is not', null);
  if (q.from) query = query.where('deals.expectedCloseDate', '>=', q.from);
  if (q.to) query = query.where('deals.expectedCloseDate', '<=', q.to);
  const groups = new Map<string, ForecastRow & { raw: number }>();
  for (const d of await query.execute()) {
    const p = probability.get(d.stageId) ?? 0;
    if (p === 0 && pipeline.stages.find((s) => s.id === d.stageId)?.kind === 'lost') continue;
    const month = (d.expectedCloseDate as string).slice(0, 7);
    const key = `${month}|${d.ownerId ?? ''}|${d.currency}`;
    const g = groups.get(key) ?? {
      month,
      ownerId: d.ownerId,
      currency: d.currency,
      count: 0,
      amount: 0,
      weighted: 0,
      raw: 0,
    };
    g.count += 1;
    g.amount += Number(d.amount);
    g.raw += Number(d.amount) * p;
    groups.set(key, g);
  }
  const rows = [...groups.values()]
    .map(({ raw, ...g }) => ({ ...g, weighted: Math.round(raw / 100) }))
    .sort(
      (a, b) =>
        a.month.localeCompare(b.month) ||
        (a.ownerId ?? '').localeCompare(b.ownerId ?? '') ||
        a.currency.localeCompare(b.currency),
    );
  const lost = pipeline.stages.filter((s) => s.kind === 'lost').map((s) => s.id);
  let undatedQuery = visibleDeals(ctx.db, principal)
    .clearSelect()
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('deals.pipelineId', '=', pipeline.id)
    .where('deals.expectedCloseDate', 'is', null);
  if (lost.length) undatedQuery = undatedQuery.where('deals.stageId', 'not in', lost);
  const undated = Number((await undatedQuery.executeTakeFirst())?.n ?? 0);
  return { pipelineId: pipeline.id, rows, undated };
}
