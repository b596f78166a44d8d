import { z } from 'zod';
import {
  EmailSchema,
  LocaleSchema,
  NameSchema,
  PasswordSchema,
  ThemeSchema,
  TimeZoneSchema,
  UserSchema,
} from '../users/users.schemas.js';

export const SetupStatus = z.object({ needsSetup: z.boolean() });

export const SetupBody = z.strictObject({
  email: EmailSchema,
  password: PasswordSchema,
  name: NameSchema,
  locale: LocaleSchema.optional(),
});

// Login accepts any non-empty password: the length rule applies when one is set, not when checked.
export const LoginBody = z.strictObject({
  email: z.string().min(1).max(320),
  password: z.string().min(1).max(256),
});

export const SignedIn = z.object({ user: UserSchema, csrfToken: z.string() });

export const SessionInfo = z.object({
  user: UserSchema,
  csrfToken: z.string(),
  permissions: z.array(z.string()),
});

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1).max(256),
  newPassword: PasswordSchema,
});

export const PatchMeBody = z.strictObject({
  name: NameSchema.optional(),
  locale: LocaleSchema.optional(),
  theme: ThemeSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
});
