import type { AppContext } from '../../context.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { FunnelStage } from './deal-reports.types.js';
import { visibleDeals } from './deals.repository.js';
import { resolvePipeline } from './pipelines.repository.js';

const median = (xs: number[]): number | null => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const dayStart = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** Conversion and time per stage, from the stage history. `from`/`to` (YYYY-MM-DD, UTC) bound the entry time. */
export async function getFunnel(
  ctx: AppContext,
  principal: Principal,
  q: { pipelineId?: string; from?: string; to?: string },
): Promise<{ pipelineId: string; stages: FunnelStage[] }> {
  const pipeline = await resolvePipeline(ctx.db, q.pipelineId);
  const visible = visibleDeals(ctx.db, principal)
    .clearSelect()
    .select('deals.id')
    .where('deals.pipelineId', '=', pipeline.id);
  const rows = await ctx.db
    .selectFrom('dealStageHistory')
    .select(['dealId', 'toStageId', 'at', 'id'])
    .where('dealId', 'in', visible)
    .where('pipelineId', '=', pipeline.id)
    .orderBy('dealId')
    .orderBy('at')
    .orderBy('id')
    .execute();
  const from = q.from ? dayStart(q.from) : -Infinity;
  const to = q.to ? dayStart(q.to) + 86_400_000 : Infinity;
  const stageById = new Map(pipeline.stages.map((s) => [s.id, s]));
  const acc = new Map(
    pipeline.stages.map((s) => [
      s.id,
      { entered: new Set<string>(), advanced: new Set<string>(), stays: [] as number[] },
    ]),
  );
  const byDeal = new Map<string, typeof rows>();
  for (const r of rows) byDeal.set(r.dealId, [...(byDeal.get(r.dealId) ?? []), r]);
  for (const [dealId, moves] of byDeal) {
    moves.forEach((m, i) => {
      const at = Number(m.at);
      const a = acc.get(m.toStageId);
      const stage = stageById.get(m.toStageId);
      if (!a || !stage || at < from || at >= to) return;
      a.entered.add(dealId);
      const next = moves[i + 1];
      if (next) a.stays.push(Number(next.at) - at);
      const later = moves.slice(i + 1).some((n) => {
        const s = stageById.get(n.toStageId);
        return s && s.kind !== 'lost' && s.position > stage.position;
      });
      if (later) a.advanced.add(dealId);
    });
  }
  return {
    pipelineId: pipeline.id,
    stages: pipeline.stages.map((s) => {
      const a = acc.get(s.id)!;
      const terminal = s.kind !== 'open';
      return {
        stageId: s.id,
        entered: a.entered.size,
        advanced: a.advanced.size,
        conversion: terminal || a.entered.size === 0 ? null : a.advanced.size / a.entered.size,
        medianMs: median(a.stays),
      };
    }),
  };
}
