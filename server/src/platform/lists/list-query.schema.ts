import { z } from 'zod';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

/**
 * The query string every list endpoint accepts: routes declare `querystring: listQuerySchema`
 * (or `.extend({...})` it with their own parameters). `filter` arrives URL-encoded JSON and is parsed
 * here; malformed JSON is a 400 `invalid_filter` (the issue carries `appCode`, see http/problem.ts).
 * Its fields and operators are checked against the list's registry in `runListQuery`.
 */
export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).default(DEFAULT_LIMIT),
  cursor: z.string().max(4000).optional(),
  sort: z
    .string()
    .max(500)
    .regex(/^-?[A-Za-z0-9_.]+(,-?[A-Za-z0-9_.]+)*$/, 'expected field or -field, comma-separated')
    .optional(),
  filter: z
    .string()
    .max(20_000)
    .optional()
    .transform((text, ctx) => {
      if (text === undefined || text.trim() === '') return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({
          code: 'custom',
          message: 'filter is not valid JSON',
          params: { appCode: 'invalid_filter', fieldCode: 'invalid_format' },
        });
        return z.NEVER;
      }
    }),
  q: z.string().max(200).optional(),
  format: z.enum(['json', 'csv']).default('json'),
});

/** `?columns=a,b,custom.c` of an export: the columns a view shows, in its order. */
export const exportColumnsParam = z
  .string()
  .max(2000)
  .regex(/^[A-Za-z0-9_.]+(,[A-Za-z0-9_.]+)*$/, 'expected column names, comma-separated')
  .transform((s) => s.split(','))
  .optional();

export type ListQuery = z.output<typeof listQuerySchema>;
/** What `runListQuery` needs (a parsed `ListQuery` fits); `format` is the route's business. */
export interface ListQueryInput {
  limit: number;
  cursor?: string;
  sort?: string;
  /** The parsed filter JSON, not yet checked against the registry. */
  filter?: unknown;
  q?: string;
}

/** The JSON answer of every list endpoint. */
export const listResponseSchema = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), nextCursor: z.string().nullable() });
