import type { Selectable } from 'kysely';

export interface LeadsTable {
  id: string;
  firstName: string | null;
  lastName: string | null;
  /** Lower-cased. */
  email: string | null;
  /** E.164. */
  phone: string | null;
  companyName: string | null;
  /** A key of the contact_sources managed list. */
  source: string | null;
  status: string;
  ownerId: string | null;
  interest: string | null;
  score: number;
  personId: string | null;
  dealId: string | null;
  custom: unknown;
  /** Consents given before a person is linked: [{purpose, status, textVersion, at, source}]. */
  consents: unknown;
  version: number;
  createdAt: number;
  updatedAt: number;
}

export interface LeadScoreHistoryTable {
  id: string;
  leadId: string;
  at: number;
  score: number;
  reason: string;
}

/** `field` rules hold a filter tree over lead fields; `event` rules an event type + payload condition. */
export interface LeadScoringRulesTable {
  id: string;
  name: string;
  kind: string;
  condition: unknown;
  eventType: string | null;
  points: number;
  halfLifeDays: number | null;
  enabled: number;
  createdAt: number;
  updatedAt: number;
}

export type LeadRow = Selectable<LeadsTable>;
export type ScoringRuleRow = Selectable<LeadScoringRulesTable>;
