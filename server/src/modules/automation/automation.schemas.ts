import { z } from 'zod';
import { filterNodeSchema } from '../../platform/lists/filter-tree.js';
import { ruleHealthSchema } from './rule-health.schemas.js';

export const RULE_ENTITIES = ['person', 'company', 'deal', 'task'] as const;
export type RuleEntity = (typeof RULE_ENTITIES)[number];
const entity = z.enum(RULE_ENTITIES);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const target = z.string().regex(/^(owner|user:[A-Za-z0-9_]+)$/);

export const triggerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('record_created'), entity }),
  z.strictObject({
    kind: z.literal('field_changed'),
    entity,
    field: z.string().min(1).max(100),
    /** Optional: fire only when the field becomes this value (or, for a list, newly contains it). */
    value: z.union([z.string(), z.number(), z.boolean()]).optional(),
  }),
  z.strictObject({
    kind: z.literal('stage_entered'),
    pipelineId: z.string().optional(),
    stageId: z.string(),
  }),
  z.strictObject({ kind: z.literal('task_overdue') }),
  z.strictObject({
    kind: z.literal('date_reached'),
    entity: z.literal('person'),
    field: z.string().regex(/^(birthday|custom\.[a-z0-9_]+)$/),
    offsetDays: z.number().int().min(-365).max(365),
    at: hhmm,
  }),
]);
export type RuleTrigger = z.infer<typeof triggerSchema>;

export const actionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('create_task'),
    title: z.string().trim().min(1).max(300),
    type: z.enum(['call', 'meeting', 'email', 'todo']).default('todo'),
    dueIn: z.strictObject({ amount: z.number().int().min(0).max(1000), unit: z.enum(['hour', 'day']) }),
    assignTo: target,
  }),
  z.strictObject({ kind: z.literal('assign_owner'), userId: z.string().min(1) }),
  z.strictObject({
    kind: z.literal('update_field'),
    field: z.string().min(1).max(100),
    value: z.union([z.string(), z.number(), z.boolean(), z.null()]),
  }),
  z.strictObject({ kind: z.literal('add_tag'), tag: z.string().trim().min(1).max(100) }),
  z.strictObject({ kind: z.literal('notify_user'), to: target, message: z.string().min(1).max(1000) }),
  z.strictObject({
    kind: z.literal('send_internal_email'),
    to: z.email(),
    subject: z.string().min(1).max(300),
    body: z.string().max(10_000),
  }),
  z.strictObject({
    kind: z.literal('call_webhook'),
    url: z.url({ protocol: /^https?$/ }),
    method: z.enum(['POST', 'PUT', 'PATCH', 'GET']).default('POST'),
  }),
]);
export type RuleAction = z.infer<typeof actionSchema>;

export const ruleInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  enabled: z.boolean().default(true),
  trigger: triggerSchema,
  condition: filterNodeSchema.nullable().default(null),
  actions: z.array(actionSchema).min(1).max(20),
});
export type RuleInput = z.infer<typeof ruleInputSchema>;

export const ruleSchema = ruleInputSchema.extend({
  id: z.string(),
  /** The user who created the rule (null: shipped, or made with an API key of no user). */
  createdBy: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
});
export type Rule = z.infer<typeof ruleSchema>;

/** A rule as the API answers it: with its health. */
export const ruleViewSchema = ruleSchema.extend({ health: ruleHealthSchema });
export type RuleView = z.infer<typeof ruleViewSchema>;

export const ruleRunSchema = z.object({
  id: z.string(),
  ruleId: z.string(),
  eventId: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  status: z.string(),
  error: z.string().nullable(),
  at: z.number(),
});
