import type { z } from 'zod';
import type { AppContext } from '../context.js';
import { systemActor } from '../platform/actor.js';
import { createApiKey } from '../platform/auth/create-api-key.js';
import { AppError } from '../platform/errors.js';
import { createUser } from '../platform/users/create-user.js';
import { EmailSchema, NameSchema, PasswordSchema, RoleSchema } from '../platform/users/users.schemas.js';

/** zod → one-line AppError, so the CLI prints `rapport: --email: invalid email` and exits 1. */
function parse<T>(schema: z.ZodType<T>, value: unknown, flag: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError('validation_failed', `${flag}: ${result.error.issues[0]?.message ?? 'invalid'}`);
  }
  return result.data;
}

/**
 * `rapport admin create`: works before setup (it then counts as the first user, so the browser setup
 * is no longer offered) and later (another admin, e.g. when every admin lost their password).
 */
export async function adminCreate(
  ctx: AppContext,
  opts: { email: string; password: string; name?: string },
  out: (line: string) => void,
): Promise<void> {
  const email = parse(EmailSchema, opts.email, '--email');
  const password = parse(PasswordSchema, opts.password, '--password');
  const name = parse(NameSchema, opts.name ?? email.split('@')[0], '--name');
  const user = await createUser(ctx, systemActor, { email, password, name, role: 'admin' });
  out(`Created admin ${user.email} (${user.id})`);
}

/** `rapport apikey create`: prints the key once; only its hash is stored. */
export async function apiKeyCreate(
  ctx: AppContext,
  opts: { name: string; role: string },
  out: (line: string) => void,
): Promise<void> {
  const name = parse(NameSchema, opts.name, '--name');
  const role = parse(RoleSchema, opts.role, '--role');
  const key = await createApiKey(ctx, systemActor, null, { name, role });
  out(`Created API key "${key.name}" (${key.id}, role ${key.role}). It is shown only now:`);
  out(key.key);
}
