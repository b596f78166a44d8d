/** A saved list view: a named filter tree, sort and column set for one entity's list. */
export interface SavedViewsTable {
  id: string;
  ownerId: string;
  name: string;
  /** `person`, `company`, … (see view-entities.ts). */
  entity: string;
  /** The filter tree as validated against the entity's registry; null = no filter. */
  filter: unknown;
  sort: string | null;
  columns: unknown;
  /** 1 = visible to the members of the owner's teams. */
  shared: number;
  createdAt: number;
  updatedAt: number;
}
