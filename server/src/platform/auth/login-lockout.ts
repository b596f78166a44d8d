import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { MINUTE } from '../clock.js';
import { newId } from '../ids.js';

export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_WINDOW_MS = 15 * MINUTE;
export const LOCKOUT_DURATION_MS = 15 * MINUTE;

/**
 * When the email is locked, until when. Locked = 5 failures within 15 minutes (since the last
 * success), for 15 minutes after the 5th. Kept in the database so every app node agrees.
 */
export async function lockedUntil(db: Executor, ctx: Pick<AppContext, 'clock'>, email: string) {
  const now = ctx.clock.now();
  const since = now - LOCKOUT_WINDOW_MS - LOCKOUT_DURATION_MS;
  const rows = await db
    .selectFrom('loginAttempts')
    .select(['at', 'succeeded'])
    .where('email', '=', email)
    .where('at', '>=', since)
    .orderBy('at')
    .orderBy('id')
    .execute();
  const lastSuccess = rows.findLastIndex((r) => r.succeeded === 1);
  const failures = rows.slice(lastSuccess + 1).map((r) => r.at);
  let until: number | null = null;
  for (let i = 0; i + LOCKOUT_FAILURES - 1 < failures.length; i++) {
    const first = failures[i]!;
    const fifth = failures[i + LOCKOUT_FAILURES - 1]!;
    if (fifth - first <= LOCKOUT_WINDOW_MS && fifth + LOCKOUT_DURATION_MS > now) {
      until = Math.max(until ?? 0, fifth + LOCKOUT_DURATION_MS);
    }
  }
  return until;
}

export async function recordLoginAttempt(
  db: Executor,
  ctx: Pick<AppContext, 'clock'>,
  email: string,
  ip: string | null,
  succeeded: boolean,
): Promise<void> {
  const now = ctx.clock.now();
  await db
    .insertInto('loginAttempts')
    .values({ id: newId('lat'), email, ip, at: now, succeeded: succeeded ? 1 : 0 })
    .execute();
  // Old attempts never matter again; trimming on success keeps the table small.
  if (succeeded) {
    await db
      .deleteFrom('loginAttempts')
      .where('email', '=', email)
      .where('at', '<', now - LOCKOUT_WINDOW_MS - LOCKOUT_DURATION_MS)
      .execute();
  }
}
