import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { storedFilesOf } from '../attachments/attachments.repository.js';
import { removeStoredFiles } from '../attachments/file-storage.js';
import { requireDeal } from './deals.repository.js';

/**
 * Deletes a deal with its stage history, lines, quotes and files (FK cascade; file bytes after the
 * commit); its events stay on the timeline.
 */
export async function deleteDeal(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  id: string,
): Promise<void> {
  const files = await ctx.db.transaction().execute(async (trx) => {
    const before = await requireDeal(trx, principal, id);
    const keys = await storedFilesOf(trx, 'deal', id);
    await trx.deleteFrom('deals').where('id', '=', id).execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'deal.deleted',
      entityType: 'deal',
      entityId: id,
      personId: before.personId,
      companyId: before.companyId,
      payload: { title: before.title },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'deal',
      entityId: id,
      action: 'delete',
      before,
      after: null,
    });
    return keys;
  });
  await removeStoredFiles(ctx.config, files);
}
