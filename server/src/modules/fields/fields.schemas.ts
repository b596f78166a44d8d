import { z } from 'zod';

export const FIELD_ENTITIES = ['person', 'company', 'deal', 'case', 'order'] as const;
export const FIELD_TYPES = [
  'text',
  'long_text',
  'number',
  'money',
  'date',
  'datetime',
  'boolean',
  'select',
  'multi_select',
  'url',
  'email',
  'phone',
  'user',
] as const;
export type FieldEntity = (typeof FIELD_ENTITIES)[number];
export type FieldType = (typeof FIELD_TYPES)[number];

const label = z.strictObject({
  en: z.string().min(1).max(200),
  ru: z.string().max(200).optional(),
  lv: z.string().max(200).optional(),
});
const option = z.strictObject({ value: z.string().min(1).max(100), label });

export const createFieldBody = z.strictObject({
  entity: z.enum(FIELD_ENTITIES),
  key: z.string().regex(/^[a-z][a-z0-9_]{0,62}$/, 'must be snake_case: a-z, 0-9, _ and start with a letter'),
  label,
  type: z.enum(FIELD_TYPES),
  required: z.boolean().default(false),
  default: z.unknown().optional(),
  options: z.array(option).max(500).default([]),
  indexed: z.boolean().default(false),
  position: z.number().int().default(0),
});

export const updateFieldBody = z.strictObject({
  label: label.optional(),
  required: z.boolean().optional(),
  default: z.unknown().optional(),
  options: z.array(option).max(500).optional(),
  indexed: z.boolean().optional(),
  archived: z.boolean().optional(),
  position: z.number().int().optional(),
});

export type CreateFieldInput = z.infer<typeof createFieldBody>;
export type UpdateFieldInput = z.infer<typeof updateFieldBody>;

export interface FieldOption {
  value: string;
  label: { en: string; ru?: string; lv?: string };
}

/** A custom field definition as the API shows it. */
export type FieldDefinition = {
  id: string;
  entity: FieldEntity;
  key: string;
  label: { en: string; ru?: string; lv?: string };
  type: FieldType;
  required: boolean;
  default: unknown;
  options: FieldOption[];
  indexed: boolean;
  archived: boolean;
  position: number;
  createdAt: number;
  updatedAt: number;
};
