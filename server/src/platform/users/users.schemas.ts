import { IANAZone } from 'luxon';
import { z } from 'zod';
import { ROLES } from './roles.js';

export const LocaleSchema = z.enum(['en', 'ru', 'lv']);
export const ThemeSchema = z.enum(['light', 'dark', 'auto']);
export const RoleSchema = z.enum(ROLES);
export const PasswordSchema = z.string().min(8, 'must be at least 8 characters').max(256);
export const EmailSchema = z.email().max(320);
/** An IANA zone (`Europe/Riga`); null clears the user's zone. */
export const TimeZoneSchema = z
  .string()
  .max(100)
  .refine((v) => IANAZone.isValidZone(v), 'must be an IANA time zone, e.g. Europe/Riga')
  .nullable();
export const NameSchema = z.string().trim().min(1).max(200);

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  active: z.boolean(),
  locale: z.string(),
  theme: z.string(),
  timeZone: z.string().nullable(),
  teamIds: z.array(z.string()),
  absentFrom: z.number().nullable(),
  absentUntil: z.number().nullable(),
  substituteId: z.string().nullable(),
  createdAt: z.number(),
});

export const CreateUserBody = z.strictObject({
  email: EmailSchema,
  name: NameSchema,
  role: RoleSchema,
  password: PasswordSchema,
  teamIds: z.array(z.string()).max(100).optional(),
  locale: LocaleSchema.optional(),
});
export type CreateUserInput = z.infer<typeof CreateUserBody>;

export const PatchUserBody = z.strictObject({
  name: NameSchema.optional(),
  role: RoleSchema.optional(),
  active: z.boolean().optional(),
  locale: LocaleSchema.optional(),
  absentFrom: z.number().int().nullable().optional(),
  absentUntil: z.number().int().nullable().optional(),
  substituteId: z.string().nullable().optional(),
  teamIds: z.array(z.string()).max(100).optional(),
});
export type PatchUserInput = z.infer<typeof PatchUserBody>;

// Query strings are not strict: list conventions (sort, filter) may be sent before a list supports them.
export const ListQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional(),
  q: z.string().max(200).optional(),
});

export const IdParams = z.strictObject({ id: z.string().min(1) });

export const TeamSchema = z.object({
  id: z.string(),
  name: z.string(),
  leadId: z.string().nullable(),
  memberIds: z.array(z.string()),
  createdAt: z.number(),
});

export const CreateTeamBody = z.strictObject({
  name: NameSchema,
  leadId: z.string().nullable().optional(),
  memberIds: z.array(z.string()).max(1000).optional(),
});
export type CreateTeamInput = z.infer<typeof CreateTeamBody>;

export const PatchTeamBody = CreateTeamBody.partial();
export type PatchTeamInput = z.infer<typeof PatchTeamBody>;
