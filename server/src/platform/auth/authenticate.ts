import type { AppContext } from '../../context.js';
import { MINUTE } from '../clock.js';
import { AppError } from '../errors.js';
import { isRole, permissionsFor, ROLE_SCOPE } from '../users/roles.js';
import type { Principal } from './principal.js';
import { findSession } from './session.repository.js';
import { sha256 } from './tokens.js';

export const SESSION_COOKIE = 'rapport_session';

async function teamIdsOf(ctx: AppContext, userId: string | null): Promise<string[]> {
  if (!userId) return [];
  const rows = await ctx.db.selectFrom('teamMembers').select('teamId').where('userId', '=', userId).execute();
  return rows.map((r) => r.teamId).sort();
}

/** `Authorization: Bearer rk_…`: a live (not revoked) key, with its role's permissions. */
export async function principalFromApiKey(ctx: AppContext, key: string): Promise<Principal> {
  const row = await ctx.db
    .selectFrom('apiKeys')
    .selectAll()
    .where('keyHash', '=', sha256(key))
    .executeTakeFirst();
  if (!row || row.revokedAt !== null || !isRole(row.role)) {
    throw new AppError('unauthenticated', 'The API key is unknown or revoked');
  }
  const now = ctx.clock.now();
  if (row.lastUsedAt === null || now - row.lastUsedAt >= MINUTE) {
    await ctx.db.updateTable('apiKeys').set({ lastUsedAt: now }).where('id', '=', row.id).execute();
  }
  return {
    kind: 'api_key',
    id: row.id,
    userId: row.createdBy,
    role: row.role,
    scope: ROLE_SCOPE[row.role],
    teamIds: await teamIdsOf(ctx, row.createdBy),
    permissions: permissionsFor(row.role, 'api_key'),
  };
}

/** The session cookie: a live session of an active user. */
export async function principalFromSession(ctx: AppContext, token: string): Promise<Principal> {
  const found = await findSession(ctx.db, ctx, token);
  if (found.status === 'expired')
    throw new AppError('session_expired', 'The session has expired; sign in again');
  if (found.status !== 'ok') throw new AppError('unauthenticated', 'Sign in first');
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'role', 'active'])
    .where('id', '=', found.session.userId)
    .executeTakeFirst();
  if (!user || user.active !== 1 || !isRole(user.role))
    throw new AppError('unauthenticated', 'Sign in first');
  return {
    kind: 'user',
    id: user.id,
    userId: user.id,
    role: user.role,
    scope: ROLE_SCOPE[user.role],
    teamIds: await teamIdsOf(ctx, user.id),
    permissions: permissionsFor(user.role, 'user'),
    sessionId: found.session.id,
  };
}
