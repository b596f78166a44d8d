import type { AppContext } from '../../context.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { appendEvent } from '../events/append-event.js';
import { deleteSession } from './session.repository.js';

/** POST /auth/logout: the session row goes, so the cookie is worthless even if it was copied. */
export async function logout(
  ctx: AppContext,
  actor: Actor,
  userId: string,
  sessionId: string,
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    await deleteSession(trx, sessionId);
    await recordAudit(trx, ctx, actor, {
      entityType: 'user',
      entityId: userId,
      action: 'logout',
      before: { sessionId },
    });
    await appendEvent(trx, ctx.clock, actor, {
      type: 'user.logged_out',
      entityType: 'user',
      entityId: userId,
      payload: { sessionId },
    });
  });
}
