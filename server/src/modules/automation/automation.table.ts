import type { Selectable } from 'kysely';

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
