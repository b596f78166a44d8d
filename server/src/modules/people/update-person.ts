import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError, notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { listFields } from '../fields/fields.repository.js';
import { diffFields } from './diff-fields.js';
import { normalizePerson } from './normalize-person.js';
import { findPerson, savePerson } from './people.repository.js';
import type { Person, PersonInput } from './people.schemas.js';
import { concurrentChange, retryConcurrent } from './retry-concurrent.js';

/**
 * Partial update. With `ifMatch` (the version the client read) a stale write fails with 412; without
 * it, only the fields sent are written, so concurrent edits of different fields both survive
 * (last write wins per field). No-op updates write nothing.
 */
export async function updatePerson(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  id: string,
  input: PersonInput,
  ifMatch?: number,
): Promise<Person> {
  return retryConcurrent(ifMatch !== undefined, () =>
    ctx.db.transaction().execute(async (trx) => {
      const before = await findPerson(trx, principal, id);
      if (!before) throw notFound('Person', id);
      if (ifMatch !== undefined && ifMatch !== before.version) {
        throw new AppError(
          'precondition_failed',
          `Person ${id} is at version ${before.version}, not ${ifMatch}`,
          {
            currentVersion: before.version,
          },
        );
      }
      const defs = await listFields(trx, 'person');
      const state = await normalizePerson(trx, input, before, defs);
      const next: Person = {
        ...before,
        ...state,
        email: state.emails.find((e) => e.primary)?.email ?? null,
        phone: state.phones.find((p) => p.primary)?.phone ?? null,
      };
      const changes = diffFields(
        before as unknown as Record<string, unknown>,
        next as unknown as Record<string, unknown>,
      );
      if (Object.keys(changes).length === 0) return before;
      const after: Person = { ...next, version: before.version + 1, updatedAt: ctx.clock.now() };
      // Guard on the version read in this transaction: a concurrent writer that got there first wins.
      const bumped = await trx
        .updateTable('people')
        .set({ version: after.version })
        .where('id', '=', id)
        .where('version', '=', before.version)
        .executeTakeFirst();
      if (Number(bumped.numUpdatedRows) !== 1) throw concurrentChange('Person', id);
      await savePerson(trx, after, false);
      await appendEvent(trx, ctx.clock, actor, {
        type: 'person.updated',
        entityType: 'person',
        entityId: id,
        personId: id,
        payload: { changes },
      });
      await recordAudit(trx, ctx, actor, {
        entityType: 'person',
        entityId: id,
        action: 'update',
        before,
        after,
      });
      return after;
    }),
  );
}
