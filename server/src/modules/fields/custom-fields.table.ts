import type { Selectable } from 'kysely';

export interface CustomFieldsTable {
  id: string;
  entity: string;
  key: string;
  label: unknown;
  type: string;
  required: number;
  defaultValue: unknown;
  options: unknown;
  indexed: number;
  archived: number;
  position: number;
  createdAt: number;
  updatedAt: number;
}

export type CustomFieldRow = Selectable<CustomFieldsTable>;
