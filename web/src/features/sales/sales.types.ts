/** Shapes of the sales API (docs/api-sales.md). Money is in minor units (cents) + ISO currency. */

import type { DealView as Deal } from '@server/modules/sales/deals.schemas.js';
import type { Labels, Stage } from '@server/modules/sales/pipelines.schemas.js';

// The records as the API answers them: the server's own types (docs/architecture.md).
export type {
  Board,
  BoardColumn,
  Forecast,
  ForecastRow,
  FunnelStage,
} from '@server/modules/sales/deal-reports.types.js';
export type { DealView as Deal, StageChange } from '@server/modules/sales/deals.schemas.js';
export type {
  Labels,
  LostReason,
  Pipeline,
  Stage,
  StageKind,
} from '@server/modules/sales/pipelines.schemas.js';

export type DealInput = Partial<
  Pick<Deal, 'title' | 'amount' | 'currency' | 'personId' | 'companyId' | 'ownerId' | 'expectedCloseDate'>
> & { pipelineId?: string; stageId?: string; custom?: Record<string, unknown> };

export type StageInput = Pick<Stage, 'name' | 'probability' | 'kind'> & { id?: string; labels?: Labels };
