import { z } from 'zod';
import { VIEW_ENTITIES } from './view-entities.js';

const sortSchema = z
  .string()
  .max(500)
  .regex(/^-?[A-Za-z0-9_.]+(,-?[A-Za-z0-9_.]+)*$/, 'expected field or -field, comma-separated');
const columnsSchema = z
  .array(
    z
      .string()
      .max(100)
      .regex(/^[A-Za-z][A-Za-z0-9_.]*$/, 'expected a column key'),
  )
  .max(100);

export const createViewBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  entity: z.enum(VIEW_ENTITIES),
  /** The filter tree (see docs/lists-and-filters.md), checked against the entity's fields. */
  filter: z.unknown().optional(),
  sort: sortSchema.nullable().optional(),
  columns: columnsSchema.default([]),
  shared: z.boolean().default(false),
});
export type CreateViewInput = z.infer<typeof createViewBody>;

/** The entity is fixed at creation: a filter only makes sense against its own fields. */
export const updateViewBody = z.strictObject({
  name: z.string().trim().min(1).max(200).optional(),
  filter: z.unknown().optional(),
  sort: sortSchema.nullable().optional(),
  columns: columnsSchema.optional(),
  shared: z.boolean().optional(),
});
export type UpdateViewInput = z.infer<typeof updateViewBody>;

export const viewIdParams = z.object({ id: z.string() });
export const listViewsQuery = z.object({ entity: z.enum(VIEW_ENTITIES).optional() });

export interface SavedView {
  id: string;
  name: string;
  entity: string;
  filter: unknown;
  sort: string | null;
  columns: string[];
  shared: boolean;
  ownerId: string;
  createdAt: number;
  updatedAt: number;
}
