import type { Selectable } from 'kysely';

export interface TasksTable {
  id: string;
  title: string;
  type: string;
  dueAt: number;
  remindBeforeMinutes: number | null;
  priority: string;
  assigneeId: string;
  personId: string | null;
  companyId: string | null;
  dealId: string | null;
  status: string;
  description: string;
  createdBy: string | null;
  completedAt: number | null;
  version: number;
  createdAt: number;
  updatedAt: number;
}

export interface ActivitiesTable {
  id: string;
  kind: string;
  personId: string | null;
  companyId: string | null;
  dealId: string | null;
  taskId: string | null;
  outcome: string | null;
  durationSeconds: number | null;
  attendees: unknown;
  body: string;
  at: number;
  createdBy: string | null;
  createdAt: number;
}

/** One row per overdue/escalation step already taken: its primary key makes each step happen once. */
export interface TaskAlertsTable {
  key: string;
  taskId: string;
  createdAt: number;
}

export interface EscalationRulesTable {
  id: string;
  name: string;
  /** `overdue` (by `overdueHours`) or `assignee_absent`. */
  trigger: string;
  overdueHours: number | null;
  /** `notify_lead`, `reassign_lead`, or `reassign_substitute` (falls back to the lead). */
  action: string;
  enabled: number;
  position: number;
  createdAt: number;
  updatedAt: number;
}

export type TaskRow = Selectable<TasksTable>;
export type ActivityRow = Selectable<ActivitiesTable>;
export type EscalationRuleRow = Selectable<EscalationRulesTable>;
