import { z } from 'zod';

export const timelineQuery = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  /** Opaque: the `nextCursor` of the previous page. */
  cursor: z.string().regex(/^\d+$/, 'not a timeline cursor').optional(),
  /** Event type prefixes, comma-separated: `person`, `note`, `consent,deal`. */
  kind: z
    .string()
    .regex(/^[a-z_]+(\.[a-z_]+)*(,[a-z_]+(\.[a-z_]+)*)*$/, 'comma-separated event type prefixes')
    .optional(),
});
export type TimelineQuery = z.infer<typeof timelineQuery>;

export const noteBody = z.strictObject({
  /** Markdown. Stored as sent; clients render it with raw HTML disabled. */
  body: z.string().trim().min(1).max(20_000),
});

export interface TimelineItem {
  id: string;
  type: string;
  at: number;
  actor: { type: string; id: string | null; name: string | null };
  entityType: string;
  entityId: string;
  payload: Record<string, unknown>;
}
