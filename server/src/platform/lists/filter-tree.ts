import { z } from 'zod';

/**
 * The JSON filter tree every list endpoint accepts in `filter`:
 * `{"and":[…]}`, `{"or":[…]}`, `{"not": node}` and conditions `{"field","op","value"}`.
 * Shapes only; `validateFilter` checks fields, operators and values against a registry.
 *
 * @example {"and":[{"field":"city","op":"eq","value":"Riga"},{"not":{"field":"tags","op":"in","value":["vip"]}}]}
 */
export const OPERATORS = [
  'eq',
  'neq',
  'in',
  'notIn',
  'contains',
  'startsWith',
  'gt',
  'gte',
  'lt',
  'lte',
  'between',
  'isEmpty',
  'isNotEmpty',
  'withinLast',
  'olderThan',
  'before',
  'after',
] as const;
export type Operator = (typeof OPERATORS)[number];

export const TIME_UNITS = ['minute', 'hour', 'day', 'week', 'month', 'year'] as const;
export type TimeUnit = (typeof TIME_UNITS)[number];

export const relativeAmountSchema = z.strictObject({
  amount: z.number().int().min(0).max(100_000),
  unit: z.enum(TIME_UNITS),
});
export type RelativeAmount = z.infer<typeof relativeAmountSchema>;

/** A scalar as stored: strings, numbers (money/datetime as integers), booleans as 0/1. */
export type Scalar = string | number;

export interface Condition {
  field: string;
  op: Operator;
  value?: Scalar | Scalar[] | RelativeAmount;
}
export type FilterNode = { and: FilterNode[] } | { or: FilterNode[] } | { not: FilterNode } | Condition;

export const conditionSchema = z.strictObject({
  field: z.string().min(1).max(200),
  op: z.enum(OPERATORS),
  value: z.unknown().optional(),
});

/** The recursive shape, for OpenAPI and clients; validation proper happens in `validateFilter`. */
export const filterNodeSchema: z.ZodType<unknown> = z.lazy(() =>
  z.union([
    z.strictObject({ and: z.array(filterNodeSchema) }),
    z.strictObject({ or: z.array(filterNodeSchema) }),
    z.strictObject({ not: filterNodeSchema }),
    conditionSchema,
  ]),
);

export const MAX_DEPTH = 10;
export const MAX_NODES = 200;

export const isAnd = (n: FilterNode): n is { and: FilterNode[] } => 'and' in n;
export const isOr = (n: FilterNode): n is { or: FilterNode[] } => 'or' in n;
export const isNot = (n: FilterNode): n is { not: FilterNode } => 'not' in n;
export const isRelative = (v: unknown): v is RelativeAmount =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'unit' in v;
