import { z } from 'zod';
import type { CustomerNames } from '../companies/companies.schemas.js';

const id = z.string().min(1).max(100);
const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

const dealFields = {
  amount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  currency: z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code'),
  personId: id.nullable().optional(),
  companyId: id.nullable().optional(),
  ownerId: id.nullable().optional(),
  expectedCloseDate: date.nullable().optional(),
  custom: z.record(z.string(), z.unknown()).optional(),
};

export const createDealBody = z.strictObject({
  title: z.string().trim().min(1).max(300),
  ...dealFields,
  amount: dealFields.amount.default(0),
  currency: dealFields.currency.default('EUR'),
  pipelineId: id.optional(),
  stageId: id.optional(),
  lostReasonId: id.optional(),
});
/** The stage changes only through POST /deals/:id/move (history, events, lost reason). */
export const updateDealBody = z.strictObject({
  title: z.string().trim().min(1).max(300).optional(),
  ...dealFields,
  amount: dealFields.amount.optional(),
  currency: dealFields.currency.optional(),
});
export const moveDealBody = z.strictObject({
  stageId: id,
  /** 0-based index in the target column; absent = the end. */
  position: z.number().int().min(0).optional(),
  lostReasonId: id.optional(),
});

const reportRange = {
  pipelineId: id.optional(),
  from: date.optional(),
  to: date.optional(),
};
export const boardQuery = z.object({ pipelineId: id.optional() });
export const forecastQuery = z.object(reportRange);
export const funnelQuery = z.object(reportRange);

export type CreateDealInput = z.infer<typeof createDealBody>;
export type UpdateDealInput = z.infer<typeof updateDealBody>;
export type MoveDealInput = z.infer<typeof moveDealBody>;

export type Deal = {
  id: string;
  title: string;
  amount: number;
  currency: string;
  pipelineId: string;
  stageId: string;
  position: number;
  personId: string | null;
  companyId: string | null;
  ownerId: string | null;
  expectedCloseDate: string | null;
  lostReasonId: string | null;
  stageEnteredAt: number;
  closedAt: number | null;
  custom: Record<string, unknown>;
  version: number;
  createdAt: number;
  updatedAt: number;
};

/** A deal as the deals list answers it: with its customer's display names. */
export type DealView = Deal & Partial<CustomerNames>;

export type StageChange = {
  id: string;
  fromStageId: string | null;
  toStageId: string;
  at: number;
  by: string | null;
};
