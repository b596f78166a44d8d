import type { Selectable } from 'kysely';

export interface PipelinesTable {
  id: string;
  /** Seeded rows have a key (their labels come from `labels`); user-made ones have none. */
  key: string | null;
  name: string;
  labels: unknown;
  isDefault: number;
  position: number;
  createdAt: number;
  updatedAt: number;
}

export interface PipelineStagesTable {
  id: string;
  pipelineId: string;
  key: string | null;
  name: string;
  labels: unknown;
  position: number;
  /** 0–100: the share of the amount the forecast counts. */
  probability: number;
  kind: 'open' | 'won' | 'lost';
  createdAt: number;
  updatedAt: number;
}

/** The managed list a lost deal must name. */
export interface LostReasonsTable {
  id: string;
  key: string | null;
  name: string;
  labels: unknown;
  position: number;
  archived: number;
  createdAt: number;
  updatedAt: number;
}

export type PipelineRow = Selectable<PipelinesTable>;
export type StageRow = Selectable<PipelineStagesTable>;
export type LostReasonRow = Selectable<LostReasonsTable>;
