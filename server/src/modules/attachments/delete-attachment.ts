import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import type { Principal } from '../../platform/auth/principal.js';
import { appendEvent } from '../../platform/events/append-event.js';
import type { AttachmentsTable } from './attachments.table.js';
import { storageFor } from './file-storage.js';

/**
 * Removes an attachment (already checked by the caller): the row and event `attachment.deleted` in
 * one transaction, then the bytes (a crash in between leaves an orphan file, never a broken row).
 */
export async function deleteAttachment(
  ctx: AppContext,
  _principal: Principal,
  actor: Actor,
  row: AttachmentsTable,
) {
  await ctx.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('attachments').where('id', '=', row.id).execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'attachment.deleted',
      entityType: 'attachment',
      entityId: row.id,
      personId: row.personId,
      companyId: row.companyId,
      payload: { attachmentId: row.id, kind: row.kind, filename: row.filename },
    });
  });
  await storageFor(ctx.config).delete(row.storageKey);
}
