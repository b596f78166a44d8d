import { z } from 'zod';
import { CONSENT_PURPOSES } from '../people/consents.schemas.js';

export const FORM_LANGUAGES = ['en', 'ru', 'lv'] as const;
/**
 * Lead fields a form field may fill; anything else goes to `custom.<key>`. `fullName` is one input
 * for the whole name, split into first and last name (read-submission.ts).
 */
export const LEAD_TARGETS = [
  'fullName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'companyName',
  'interest',
] as const;

const localized = z.strictObject({
  en: z.string().trim().min(1).max(2000),
  ru: z.string().trim().max(2000).optional(),
  lv: z.string().trim().max(2000).optional(),
});
const mapsTo = z.union([z.enum(LEAD_TARGETS), z.string().regex(/^custom\.[a-z][a-z0-9_]{0,49}$/)]);

const formField = z.strictObject({
  key: z.string().regex(/^[a-z][a-zA-Z0-9_]{0,49}$/),
  label: localized,
  type: z.enum(['text', 'email', 'phone', 'textarea']).default('text'),
  required: z.boolean().default(false),
  mapsTo,
});
const formConsent = z.strictObject({
  purpose: z.enum(CONSENT_PURPOSES),
  text: localized,
  textVersion: z.string().trim().min(1).max(100),
  required: z.boolean().default(false),
});
const assignment = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('round_robin'), teamId: z.string().min(1).max(100) }),
  z.strictObject({ mode: z.literal('fixed'), userId: z.string().min(1).max(100) }),
  z.strictObject({ mode: z.literal('none') }),
]);

export const formBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  language: z.enum(FORM_LANGUAGES).default('en'),
  fields: z
    .array(formField)
    .min(1)
    .max(50)
    .refine((fs) => new Set(fs.map((f) => f.key)).size === fs.length, 'field keys must be unique'),
  consents: z.array(formConsent).max(10).default([]),
  assignment: assignment.default({ mode: 'none' }),
  source: z.string().max(50).nullable().optional(),
  redirectUrl: z.url().max(2000).nullable().optional(),
  active: z.boolean().default(true),
});
export type FormInput = z.infer<typeof formBody>;
export type FormField = z.infer<typeof formField>;
export type FormConsent = z.infer<typeof formConsent>;
export type Assignment = z.infer<typeof assignment>;
export type Language = (typeof FORM_LANGUAGES)[number];

export type Form = {
  id: string;
  name: string;
  language: Language;
  fields: FormField[];
  consents: FormConsent[];
  assignment: Assignment;
  source: string | null;
  redirectUrl: string | null;
  active: boolean;
  createdAt: number;
  updatedAt: number;
};
