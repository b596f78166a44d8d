import type { RuleHealth } from '@server/modules/automation/rule-health.schemas.js';

/** A rule needs attention: paused automatically, failing now, or failed in the last 7 days. */
export const needsAttention = (h: RuleHealth) =>
  h.pausedAt != null || h.failureStreak > 0 || h.failedLast7Days > 0;

/** How bad: paused (2), failing right now (1), failed lately but working again (0). */
const severity = (h: RuleHealth) => (h.pausedAt != null ? 2 : h.failureStreak > 0 ? 1 : 0);

/**
 * The rules that need attention, worst first: paused, then failing now, then the others; within
 * each, the most recent failure first. The list "Failing" filter shows these.
 */
export function failingFirst<R extends { health: RuleHealth }>(rules: R[]): R[] {
  return rules
    .filter((r) => needsAttention(r.health))
    .sort(
      (a, b) =>
        severity(b.health) - severity(a.health) ||
        (b.health.lastFailedAt ?? 0) - (a.health.lastFailedAt ?? 0),
    );
}
