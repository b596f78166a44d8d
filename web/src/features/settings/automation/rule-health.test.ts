import type { RuleHealth } from '@server/modules/automation/rule-health.schemas.js';
import { describe, expect, it } from 'vitest';
import { failingFirst, needsAttention } from './rule-health.js';

const healthy: RuleHealth = {
  failedLast7Days: 0,
  failureStreak: 0,
  lastError: null,
  lastFailedAt: null,
  pausedAt: null,
};
const rule = (id: string, h: Partial<RuleHealth>) => ({ id, health: { ...healthy, ...h } });

describe('failing rules', () => {
  it('need attention when paused, failing now or failed in the last 7 days', () => {
    expect(needsAttention(healthy)).toBe(false);
    // An old error outside the window, working since: nothing to see.
    expect(needsAttention({ ...healthy, lastError: 'old', lastFailedAt: 1 })).toBe(false);
    expect(needsAttention({ ...healthy, failedLast7Days: 1 })).toBe(true);
    expect(needsAttention({ ...healthy, failureStreak: 1 })).toBe(true);
    expect(needsAttention({ ...healthy, pausedAt: 5 })).toBe(true);
  });

  it('come paused first, then failing now, then recovered; newest failure first within each', () => {
    const rules = [
      rule('ok', {}),
      rule('recovered', { failedLast7Days: 3, lastFailedAt: 900 }),
      rule('failing-old', { failedLast7Days: 1, failureStreak: 1, lastFailedAt: 100 }),
      rule('paused', { failedLast7Days: 20, failureStreak: 20, lastFailedAt: 50, pausedAt: 50 }),
      rule('failing-new', { failedLast7Days: 2, failureStreak: 2, lastFailedAt: 500 }),
    ];
    expect(failingFirst(rules).map((r) => r.id)).toEqual([
      'paused',
      'failing-new',
      'failing-old',
      'recovered',
    ]);
  });
});
