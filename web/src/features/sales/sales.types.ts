/** Shapes of the sales API (docs/api-sales.md). Money is in minor units (cents) + ISO currency. */
export type Labels = { en?: string; ru?: string; lv?: string };
export type StageKind = 'open' | 'won' | 'lost';

export interface Stage {
  id: string;
  pipelineId: string;
  key: string | null;
  name: string;
  labels: Labels;
  position: number;
  probability: number;
  kind: StageKind;
}

export interface Pipeline {
  id: string;
  key: string | null;
  name: string;
  labels: Labels;
  isDefault: boolean;
  position: number;
  stages: Stage[];
}

export interface LostReason {
  id: string;
  key: string | null;
  name: string;
  labels: Labels;
  position: number;
  archived: boolean;
}

export interface Deal {
  id: string;
  title: string;
  amount: number;
  currency: string;
  pipelineId: string;
  stageId: string;
  position: number;
  personId: string | null;
  personName?: string | null;
  companyId: string | null;
  companyName?: string | null;
  ownerId: string | null;
  expectedCloseDate: string | null;
  lostReasonId: string | null;
  stageEnteredAt: number;
  closedAt: number | null;
  custom: Record<string, unknown>;
  version: number;
  createdAt: number;
  updatedAt: number;
}

export interface StageChange {
  id: string;
  fromStageId: string | null;
  toStageId: string;
  at: number;
  by: string | null;
}

export interface BoardColumn {
  stage: Stage;
  count: number;
  totals: { currency: string; amount: number }[];
  deals: Deal[];
}

export interface Board {
  pipeline: Pipeline;
  columns: BoardColumn[];
}

export interface ForecastRow {
  month: string;
  ownerId: string | null;
  currency: string;
  count: number;
  amount: number;
  weighted: number;
}

export interface FunnelStage {
  stageId: string;
  entered: number;
  advanced: number;
  conversion: number | null;
  medianMs: number | null;
}

export type DealInput = Partial<
  Pick<Deal, 'title' | 'amount' | 'currency' | 'personId' | 'companyId' | 'ownerId' | 'expectedCloseDate'>
> & { pipelineId?: string; stageId?: string; custom?: Record<string, unknown> };

export type StageInput = Pick<Stage, 'name' | 'probability' | 'kind'> & { id?: string; labels?: Labels };
