import type { AppContext } from '../../context.js';
import { recordAudit } from '../audit/record-audit.js';
import { AppError } from '../errors.js';
import { appendEvent } from '../events/append-event.js';
import { loadUserDto, normalizeEmail, type UserDto } from '../users/user.repository.js';
import { lockedUntil, recordLoginAttempt } from './login-lockout.js';
import { dummyHash, verifyPassword } from './password.js';
import { createSession } from './session.repository.js';
import { csrfTokenFor } from './tokens.js';

export interface LoginResult {
  user: UserDto;
  token: string;
  csrfToken: string;
}

const badCredentials = () => new AppError('invalid_credentials', 'Wrong email or password');

/**
 * POST /auth/login. The same answer (and roughly the same time) whether or not the email exists;
 * a locked email is refused before the password is even checked.
 */
export async function login(
  ctx: AppContext,
  input: { email: string; password: string },
  meta: { ip: string | null; userAgent: string | null },
): Promise<LoginResult> {
  const email = normalizeEmail(input.email);
  const until = await lockedUntil(ctx.db, ctx, email);
  if (until !== null) {
    const retryAfterSeconds = Math.ceil((until - ctx.clock.now()) / 1000);
    throw new AppError('account_locked', 'Too many failed sign-ins; try again later', { retryAfterSeconds });
  }
  const row = await ctx.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
  const ok = await verifyPassword(input.password, row?.passwordHash ?? (await dummyHash()));
  if (!row || !ok || row.active !== 1) {
    await recordLoginAttempt(ctx.db, ctx, email, meta.ip, false);
    throw badCredentials();
  }
  return ctx.db.transaction().execute(async (trx) => {
    await recordLoginAttempt(trx, ctx, email, meta.ip, true);
    const session = await createSession(trx, ctx, row.id, meta);
    const actor = { type: 'user' as const, id: row.id };
    await recordAudit(trx, ctx, actor, {
      entityType: 'user',
      entityId: row.id,
      action: 'login',
      after: { sessionId: session.id, ip: meta.ip },
    });
    await appendEvent(trx, ctx.clock, actor, {
      type: 'user.logged_in',
      entityType: 'user',
      entityId: row.id,
      payload: { sessionId: session.id },
    });
    const user = (await loadUserDto(trx, row.id))!;
    return { user, token: session.token, csrfToken: csrfTokenFor(ctx.secret, session.id) };
  });
}
