import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError, notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { assertUsersExist } from '../../platform/users/check-references.js';
import { assertCustomUsersExist } from '../fields/assert-custom-users.js';
import { listFields } from '../fields/fields.repository.js';
import { diffFields } from '../people/diff-fields.js';
import { concurrentChange, retryConcurrent } from '../people/retry-concurrent.js';
import { findCompany, saveCompany } from './companies.repository.js';
import type { Company, CompanyInput } from './companies.schemas.js';
import { normalizeCompany } from './normalize-company.js';

/** Partial update with the same concurrency rule as people: optional If-Match, else per-field last write. */
export async function updateCompany(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  id: string,
  input: CompanyInput,
  ifMatch?: number,
): Promise<Company> {
  return retryConcurrent(ifMatch !== undefined, () =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await findCompany(trx, principal, id);
      if (!before) throw notFound('Company', id);
      if (ifMatch !== undefined && ifMatch !== before.version) {
        throw new AppError(
          'precondition_failed',
          `Company ${id} is at version ${before.version}, not ${ifMatch}`,
          {
            currentVersion: before.version,
          },
        );
      }
      const defs = await listFields(trx, 'company');
      const next: Company = { ...before, ...normalizeCompany(input, before, defs) };
      await assertUsersExist(trx, [input.ownerId], 'ownerId');
      await assertCustomUsersExist(trx, defs, input.custom);
      const changes = diffFields(
        before as unknown as Record<string, unknown>,
        next as unknown as Record<string, unknown>,
      );
      if (Object.keys(changes).length === 0) return before;
      const after: Company = { ...next, version: before.version + 1, updatedAt: ctx.clock.now() };
      const bumped = await trx
        .updateTable('companies')
        .set({ version: after.version })
        .where('id', '=', id)
        .where('version', '=', before.version)
        .executeTakeFirst();
      if (Number(bumped.numUpdatedRows) !== 1) throw concurrentChange('Company', id);
      await saveCompany(trx, after, false);
      await appendEvent(trx, ctx.clock, actor, {
        type: 'company.updated',
        entityType: 'company',
        entityId: id,
        companyId: id,
        payload: { changes },
      });
      await recordAudit(trx, ctx, actor, {
        entityType: 'company',
        entityId: id,
        action: 'update',
        before,
        after,
      });
      return after;
    }),
  );
}
