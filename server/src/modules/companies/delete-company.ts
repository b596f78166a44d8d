import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { storedFilesOf } from '../attachments/attachments.repository.js';
import { removeStoredFiles } from '../attachments/file-storage.js';
import { findCompany } from './companies.repository.js';

/** Deletes a company and its person links (FK cascade); the people stay, the events stay. */
export async function deleteCompany(ctx: AppContext, principal: Principal, actor: Actor, id: string) {
  const files = await ctx.db.transaction().execute(async (trx) => {
    const before = await findCompany(trx, principal, id);
    if (!before) throw notFound('Company', id);
    const files = await storedFilesOf(trx, 'company', id);
    await trx.deleteFrom('companies').where('id', '=', id).execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'company.deleted',
      entityType: 'company',
      entityId: id,
      companyId: id,
      payload: { name: before.name },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'company',
      entityId: id,
      action: 'delete',
      before,
      after: null,
    });
    return files;
  });
  await removeStoredFiles(ctx.config, files);
}
