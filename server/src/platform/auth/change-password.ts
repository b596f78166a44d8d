import type { AppContext } from '../../context.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { notFound, validationError } from '../errors.js';
import { appendEvent } from '../events/append-event.js';
import { hashPassword, verifyPassword } from './password.js';
import { deleteUserSessions } from './session.repository.js';

/**
 * POST /auth/password. A wrong current password is a 400 on `currentPassword` (not a 401, which
 * would read as "signed out"); every other session of the user ends.
 */
export async function changePassword(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  keepSessionId: string | undefined,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['passwordHash'])
    .where('id', '=', userId)
    .executeTakeFirst();
  if (!user) throw notFound('User', userId);
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) {
    throw validationError('body.currentPassword', 'is not the current password', 'wrong_password');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .updateTable('users')
      .set({ passwordHash, updatedAt: ctx.clock.now() })
      .where('id', '=', userId)
      .execute();
    await deleteUserSessions(trx, userId, keepSessionId);
    // The audit row says that the password changed, never what it is.
    await recordAudit(trx, ctx, actor, {
      entityType: 'user',
      entityId: userId,
      action: 'password_change',
      before: { passwordChangedAt: null },
      after: { passwordChangedAt: ctx.clock.now() },
    });
    await appendEvent(trx, ctx.clock, actor, {
      type: 'user.password_changed',
      entityType: 'user',
      entityId: userId,
    });
  });
}
