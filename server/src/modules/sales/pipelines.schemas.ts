import { z } from 'zod';

export const STAGE_KINDS = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];
export type Labels = { en?: string; ru?: string; lv?: string };

const name = z.string().trim().min(1).max(200);
const labels = z.strictObject({ en: name.optional(), ru: name.optional(), lv: name.optional() });

export const stageInput = z.strictObject({
  /** Present: an existing stage of this pipeline (kept, renamed, reordered); absent: a new one. */
  id: z.string().optional(),
  name,
  labels: labels.optional(),
  probability: z.number().int().min(0).max(100),
  kind: z.enum(STAGE_KINDS),
});

export const createPipelineBody = z.strictObject({
  name,
  labels: labels.optional(),
  isDefault: z.boolean().optional(),
  stages: z.array(stageInput).min(1).max(50),
});
/** `stages` replaces the whole list in the given order; stages left out are deleted (409 if they hold deals). */
export const updatePipelineBody = z.strictObject({
  name: name.optional(),
  labels: labels.optional(),
  isDefault: z.literal(true).optional(),
  stages: z.array(stageInput).min(1).max(50).optional(),
});
export const reorderStagesBody = z.strictObject({ stageIds: z.array(z.string()).min(1).max(50) });

export const lostReasonBody = z.strictObject({
  name,
  labels: labels.optional(),
  archived: z.boolean().optional(),
  position: z.number().int().min(0).optional(),
});
export const updateLostReasonBody = lostReasonBody.partial();

export type StageInput = z.infer<typeof stageInput>;
export type CreatePipelineInput = z.infer<typeof createPipelineBody>;
export type UpdatePipelineInput = z.infer<typeof updatePipelineBody>;

export type Stage = {
  id: string;
  pipelineId: string;
  key: string | null;
  name: string;
  labels: Labels;
  position: number;
  probability: number;
  kind: StageKind;
};

export type Pipeline = {
  id: string;
  key: string | null;
  name: string;
  labels: Labels;
  isDefault: boolean;
  position: number;
  stages: Stage[];
  createdAt: number;
  updatedAt: number;
};

export type LostReason = {
  id: string;
  key: string | null;
  name: string;
  labels: Labels;
  position: number;
  archived: boolean;
};
