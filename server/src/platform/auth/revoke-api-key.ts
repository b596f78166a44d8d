import type { AppContext } from '../../context.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { notFound } from '../errors.js';
import { appendEvent } from '../events/append-event.js';
import { findApiKey } from './api-key.repository.js';

/** DELETE /api-keys/:id: the key stays listed (revokedAt set) so its audit trail keeps a name. */
export async function revokeApiKey(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findApiKey(trx, id);
    if (!before) throw notFound('API key', id);
    if (before.revokedAt !== null) return;
    const now = ctx.clock.now();
    await trx.updateTable('apiKeys').set({ revokedAt: now }).where('id', '=', id).execute();
    await recordAudit(trx, ctx, actor, {
      entityType: 'api_key',
      entityId: id,
      action: 'revoke',
      before: { revokedAt: null },
      after: { revokedAt: now },
    });
    await appendEvent(trx, ctx.clock, actor, {
      type: 'api_key.revoked',
      entityType: 'api_key',
      entityId: id,
    });
  });
}
