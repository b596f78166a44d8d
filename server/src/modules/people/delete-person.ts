import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { storedFilesOf } from '../attachments/attachments.repository.js';
import { removeStoredFiles } from '../attachments/file-storage.js';
import { findPerson } from './people.repository.js';

/**
 * Deletes a person and their identity rows, links and consents (FK cascade). The events stay:
 * the log is history, and `person.deleted` records who removed the person. Attachment rows go by
 * cascade; their bytes are removed after the commit.
 */
export async function deletePerson(ctx: AppContext, principal: Principal, actor: Actor, id: string) {
  const files = await ctx.db.transaction().execute(async (trx) => {
    const before = await findPerson(trx, principal, id);
    if (!before) throw notFound('Person', id);
    const files = await storedFilesOf(trx, 'person', id);
    await trx.deleteFrom('people').where('id', '=', id).execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'person.deleted',
      entityType: 'person',
      entityId: id,
      personId: id,
      payload: { firstName: before.firstName, lastName: before.lastName, email: before.email },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'person',
      entityId: id,
      action: 'delete',
      before,
      after: null,
    });
    return files;
  });
  await removeStoredFiles(ctx.config, files);
}
