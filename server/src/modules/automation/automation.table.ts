import type { Generated, Selectable } from 'kysely';

export interface AutomationRulesTable {
  id: string;
  name: string;
  enabled: number;
  /** JSON `RuleTrigger`. */
  trigger: unknown;
  /** JSON filter tree (platform/lists) or null: every record matches. */
  condition: unknown;
  /** JSON `RuleAction[]`. */
  actions: unknown;
  /** The user who created it (told first when it fails); null for shipped rules and API keys. */
  createdBy: string | null;
  /** Failed runs since the last successful one (skipped runs do not count); reset when re-enabled. */
  failureStreak: Generated<number>;
  lastError: string | null;
  lastFailedAt: number | null;
  /** Set when the rule was switched off for failing PAUSE_AFTER_FAILURES times in a row. */
  pausedAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** One row per (rule, event): its unique key makes a redelivered event a no-op. */
export interface RuleRunsTable {
  id: string;
  ruleId: string;
  eventId: string;
  entityType: string | null;
  entityId: string | null;
  /** `done`, `skipped` (condition did not match) or `failed`. */
  status: string;
  error: string | null;
  at: number;
}

export type AutomationRuleRow = Selectable<AutomationRulesTable>;
export type RuleRunRow = Selectable<RuleRunsTable>;
