import type { Executor } from '../../db/database.js';
import { DAY } from '../../platform/clock.js';
import type { Rule, RuleView } from './automation.schemas.js';

/** The window of `failedLast7Days`. */
export const FAILURE_WINDOW_MS = 7 * DAY;

/**
 * Adds each rule's health: the failure counters kept on the rule by `recordRuleFailure`, and its
 * failed runs since `now - 7 days` (one grouped count over the partial index `rule_runs_failed`).
 */
export async function withHealth(db: Executor, now: number, rules: Rule[]): Promise<RuleView[]> {
  if (rules.length === 0) return [];
  const ids = rules.map((r) => r.id);
  const [rows, counts] = await Promise.all([
    db
      .selectFrom('automationRules')
      .select(['id', 'failureStreak', 'lastError', 'lastFailedAt', 'pausedAt'])
      .where('id', 'in', ids)
      .execute(),
    db
      .selectFrom('ruleRuns')
      .select((eb) => ['ruleId', eb.fn.countAll<number | string>().as('n')])
      .where('status', '=', 'failed')
      .where('at', '>=', now - FAILURE_WINDOW_MS)
      .where('ruleId', 'in', ids)
      .groupBy('ruleId')
      .execute(),
  ]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const failed = new Map(counts.map((c) => [c.ruleId, Number(c.n)]));
  return rules.map((rule) => {
    const r = byId.get(rule.id);
    return {
      ...rule,
      health: {
        failedLast7Days: failed.get(rule.id) ?? 0,
        failureStreak: Number(r?.failureStreak ?? 0),
        lastError: r?.lastError ?? null,
        lastFailedAt: r?.lastFailedAt == null ? null : Number(r.lastFailedAt),
        pausedAt: r?.pausedAt == null ? null : Number(r.pausedAt),
      },
    };
  });
}
