import { z } from 'zod';
import { filterNodeSchema } from '../../platform/lists/filter-tree.js';

const id = z.string().min(1).max(100);
export const LEAD_STATUSES = ['new', 'working', 'qualified', 'disqualified', 'converted'] as const;
const text = (max: number) => z.string().trim().max(max).nullable().optional();

const leadFields = {
  firstName: text(200),
  lastName: text(200),
  email: text(254),
  phone: text(50),
  companyName: text(300),
  source: z.string().max(50).nullable().optional(),
  ownerId: id.nullable().optional(),
  interest: text(2000),
  custom: z.record(z.string(), z.unknown()).optional(),
};

export const createLeadBody = z.strictObject({
  ...leadFields,
  /** `converted` is set only by POST /leads/:id/convert. */
  status: z.enum(['new', 'working', 'qualified', 'disqualified']).default('new'),
});
export const updateLeadBody = z.strictObject({
  ...leadFields,
  status: z.enum(['new', 'working', 'qualified', 'disqualified']).optional(),
  personId: id.nullable().optional(),
});

export const convertLeadBody = z.strictObject({
  /** Owner of the new person and deal (and of the lead, when it had none); default: the lead's owner, else the caller. */
  ownerId: id.nullable().optional(),
  companyName: z.string().trim().min(1).max(300).optional(),
  createDeal: z
    .strictObject({
      pipelineId: id.optional(),
      title: z.string().trim().min(1).max(300),
      amount: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/)
        .default('EUR'),
    })
    .optional(),
});

const payloadCondition = z.strictObject({
  path: z.string().min(1).max(200),
  op: z.enum(['eq', 'neq', 'contains', 'startsWith', 'in']),
  value: z.union([z.string(), z.number(), z.array(z.union([z.string(), z.number()]))]),
});
export const scoringRuleBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('field'),
    name: z.string().trim().min(1).max(200),
    /** A filter tree over lead fields (docs/lists-and-filters.md), e.g. {field, op, value}. */
    condition: filterNodeSchema,
    points: z.number().int().min(-1000).max(1000),
    enabled: z.boolean().default(true),
  }),
  z.strictObject({
    kind: z.literal('event'),
    name: z.string().trim().min(1).max(200),
    eventType: z.string().min(1).max(100),
    /** Matched against the event payload: {path: 'path', op: 'eq', value: '/pricing'}. */
    condition: payloadCondition.nullable().optional(),
    points: z.number().int().min(-1000).max(1000),
    /** Event points halve every halfLifeDays; absent = no decay. */
    halfLifeDays: z.number().int().min(1).max(3650).nullable().optional(),
    enabled: z.boolean().default(true),
  }),
]);

export type CreateLeadInput = z.infer<typeof createLeadBody>;
export type UpdateLeadInput = z.infer<typeof updateLeadBody>;
export type ConvertLeadInput = z.infer<typeof convertLeadBody>;
export type ScoringRuleInput = z.infer<typeof scoringRuleBody>;
export type PayloadCondition = z.infer<typeof payloadCondition>;

export interface LeadConsent {
  purpose: string;
  status: string;
  textVersion: string | null;
  source: string | null;
  at: number;
}

export type Lead = {
  id: string;
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  companyName: string | null;
  source: string | null;
  status: (typeof LEAD_STATUSES)[number];
  ownerId: string | null;
  interest: string | null;
  score: number;
  personId: string | null;
  dealId: string | null;
  custom: Record<string, unknown>;
  consents: LeadConsent[];
  version: number;
  createdAt: number;
  updatedAt: number;
};
