import type { Selectable } from 'kysely';

export interface DealsTable {
  id: string;
  title: string;
  /** lower(title), for quick search. */
  searchTitle: string;
  /** Minor units (cents). */
  amount: number;
  currency: string;
  pipelineId: string;
  stageId: string;
  /** Order within the stage's kanban column. */
  position: number;
  personId: string | null;
  companyId: string | null;
  ownerId: string | null;
  /** YYYY-MM-DD */
  expectedCloseDate: string | null;
  lostReasonId: string | null;
  stageEnteredAt: number;
  closedAt: number | null;
  custom: unknown;
  version: number;
  createdAt: number;
  updatedAt: number;
}

/** One row per stage change (and one for the stage a deal was created in: fromStageId null). */
export interface DealStageHistoryTable {
  id: string;
  dealId: string;
  pipelineId: string;
  fromStageId: string | null;
  toStageId: string;
  at: number;
  by: string | null;
}

export type DealRow = Selectable<DealsTable>;
