import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { DAY, MINUTE } from '../clock.js';
import { newId } from '../ids.js';
import type { SessionRow } from './auth.table.js';
import { randomToken, sha256 } from './tokens.js';

export const SESSION_IDLE_MS = 14 * DAY;
export const SESSION_ABSOLUTE_MS = 30 * DAY;
/** last_seen_at is written at most this often, so reads do not each become a write. */
const TOUCH_EVERY_MS = MINUTE;

/** Creates a session and returns the cookie token (only its hash is stored). */
export async function createSession(
  db: Executor,
  ctx: Pick<AppContext, 'clock'>,
  userId: string,
  meta: { ip?: string | null; userAgent?: string | null } = {},
): Promise<{ id: string; token: string }> {
  const token = randomToken(32);
  const id = newId('ses');
  const now = ctx.clock.now();
  await db
    .insertInto('sessions')
    .values({
      id,
      tokenHash: sha256(token),
      userId,
      createdAt: now,
      lastSeenAt: now,
      ip: meta.ip ?? null,
      userAgent: meta.userAgent?.slice(0, 300) ?? null,
    })
    .execute();
  return { id, token };
}

export type SessionLookup = { status: 'ok'; session: SessionRow } | { status: 'missing' | 'expired' };

/** Finds a live session by cookie token; deletes it when idle or absolute expiry has passed. */
export async function findSession(
  db: Executor,
  ctx: Pick<AppContext, 'clock'>,
  token: string,
): Promise<SessionLookup> {
  const session = await db
    .selectFrom('sessions')
    .selectAll()
    .where('tokenHash', '=', sha256(token))
    .executeTakeFirst();
  if (!session) return { status: 'missing' };
  const now = ctx.clock.now();
  if (now - session.lastSeenAt > SESSION_IDLE_MS || now - session.createdAt > SESSION_ABSOLUTE_MS) {
    await db.deleteFrom('sessions').where('id', '=', session.id).execute();
    return { status: 'expired' };
  }
  if (now - session.lastSeenAt >= TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ lastSeenAt: now }).where('id', '=', session.id).execute();
  }
  return { status: 'ok', session };
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

/** Ends every session of a user, except (optionally) the one making the request. */
export async function deleteUserSessions(db: Executor, userId: string, exceptId?: string): Promise<void> {
  let q = db.deleteFrom('sessions').where('userId', '=', userId);
  if (exceptId) q = q.where('id', '!=', exceptId);
  await q.execute();
}
