import { z } from 'zod';

/** How a rule is doing, shown in the rules list so broken rules stand out. */
export const ruleHealthSchema = z.object({
  /** Failed runs in the last 7 days. */
  failedLast7Days: z.number(),
  /** Failed runs in a row since the last successful one (skipped runs do not count). */
  failureStreak: z.number(),
  /** The newest failed run's error and time (kept after a success; `failureStreak` says if current). */
  lastError: z.string().nullable(),
  lastFailedAt: z.number().nullable(),
  /** When the rule was switched off automatically for failing too often in a row; null otherwise. */
  pausedAt: z.number().nullable(),
});
export type RuleHealth = z.infer<typeof ruleHealthSchema>;
