import type { AppContext } from '../../context.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import type { ScheduleSpec } from '../../platform/jobs/job-schedules.js';
import { applyScore } from './compute-score.js';
import { toLead } from './leads.repository.js';
import { listRules } from './scoring-rules.repository.js';

export const SCORE_DECAY_JOB = 'leads.score-decay';
export const scoreDecaySchedule: ScheduleSpec = {
  name: SCORE_DECAY_JOB,
  cron: '15 3 * * *',
  timezone: 'UTC',
  type: SCORE_DECAY_JOB,
};
const BATCH = 200;

/**
 * Re-applies decay: recomputes every open lead with a score (decay only lowers event points, so a
 * lead at 0 with no decaying rules cannot change). Keyset by id, one transaction per lead.
 */
export async function decayScores(ctx: AppContext) {
  const rules = await listRules(ctx.db, true);
  if (!rules.some((r) => r.kind === 'event' && r.halfLifeDays)) return { leads: 0, changed: 0 };
  const now = ctx.clock.now();
  let after = '';
  const stats = { leads: 0, changed: 0 };
  for (;;) {
    const rows = await ctx.db
      .selectFrom('leads')
      .selectAll()
      .where('id', '>', after)
      .where('status', '!=', 'converted')
      .where('score', '!=', 0)
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return stats;
    for (const row of rows) {
      stats.leads++;
      const lead = toLead(row);
      const score = await ctx.db.transaction().execute((trx) => applyScore(trx, lead, now, 'decay', rules));
      if (score !== lead.score) stats.changed++;
    }
    after = rows[rows.length - 1]?.id ?? after;
  }
}

export const scoreDecayJob: JobHandler = {
  type: SCORE_DECAY_JOB,
  handle: (_job, { ctx }) => decayScores(ctx),
};
