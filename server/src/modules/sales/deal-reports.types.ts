// The kanban and the sales reports as the API answers them. The web reads these types as they are,
// so this file imports only other .schemas/.types files.
import type { Deal } from './deals.schemas.js';
import type { Pipeline, Stage } from './pipelines.schemas.js';

export type BoardColumn = {
  stage: Stage;
  count: number;
  /** One sum per currency: amounts in different currencies are never added together. */
  totals: { currency: string; amount: number }[];
  deals: Deal[];
};

/** `GET /deals/board`: one pipeline's deals by stage, in column order. */
export type Board = { pipeline: Pipeline; columns: BoardColumn[] };

export type ForecastRow = {
  /** YYYY-MM of the expected close date. */
  month: string;
  ownerId: string | null;
  currency: string;
  count: number;
  /** Sum of amounts (minor units). */
  amount: number;
  /** Sum of amount × stage probability / 100, rounded to whole minor units. */
  weighted: number;
};

/** `GET /deals/forecast`: the rows, and how many open or won deals have no close date (left out). */
export type Forecast = { pipelineId: string; rows: ForecastRow[]; undated: number };

export type FunnelStage = {
  stageId: string;
  /** Visible deals that entered this stage within the window. */
  entered: number;
  /** Of those, how many later reached a stage further along (open or won, higher position). */
  advanced: number;
  /** advanced / entered (0–1), null when nothing entered; null for terminal stages. */
  conversion: number | null;
  /** Median ms between entering this stage and leaving it, over the stays that ended; null if none. */
  medianMs: number | null;
};
