import type { AppContext } from '../../../context.js';
import type { Actor } from '../../../platform/actor.js';
import { recordAudit } from '../../../platform/audit/record-audit.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { AppError, notFound, validationError } from '../../../platform/errors.js';
import { appendEvent } from '../../../platform/events/append-event.js';
import { moveAttachments } from '../../attachments/attachments.repository.js';
import { orderedPair } from '../duplicates/detect-duplicates.js';
import { findPerson, savePerson } from '../people.repository.js';
import type { Person } from '../people.schemas.js';
import type { MergePeopleInput } from './merge.schemas.js';
import { mergedState } from './merged-state.js';
import { movePersonLinks } from './move-person-links.js';

/**
 * Merges `mergedId` into `survivorId` in one transaction: survivor gets the chosen values and the
 * union of identities, every link and event moves over, the merged person becomes a tombstone
 * (`mergedIntoId`), the pair leaves the duplicates queue, event `person.merged` + audit.
 * Both must be visible to the principal (404 otherwise).
 */
export async function mergePeople(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  input: MergePeopleInput,
): Promise<Person> {
  const { survivorId, mergedId } = input;
  if (survivorId === mergedId)
    throw validationError('mergedId', 'cannot merge a person into itself', 'self_merge');
  return ctx.db.transaction().execute(async (trx) => {
    for (const [path, id] of [
      ['survivorId', survivorId],
      ['mergedId', mergedId],
    ] as const) {
      const company = await trx.selectFrom('companies').select('id').where('id', '=', id).executeTakeFirst();
      if (company)
        throw validationError(path, `${id} is a company; people merge only with people`, 'wrong_entity', {
          entity: 'company',
          expected: 'person',
          id,
        });
    }
    const survivor = await findPerson(trx, principal, survivorId);
    if (!survivor) throw notFound('Person', survivorId);
    const merged = await findPerson(trx, principal, mergedId);
    if (!merged) throw notFound('Person', mergedId);
    const { next, chosen } = mergedState(survivor, merged, input.values);
    const now = ctx.clock.now();
    const after: Person = { ...next, version: survivor.version + 1, updatedAt: now };

    for (const p of [survivor, merged]) {
      const bumped = await trx
        .updateTable('people')
        .set({ version: p.version + 1, updatedAt: now })
        .where('id', '=', p.id)
        .where('version', '=', p.version)
        .where('mergedIntoId', 'is', null)
        .executeTakeFirst();
      if (Number(bumped.numUpdatedRows) !== 1) {
        throw new AppError('precondition_failed', `Person ${p.id} changed concurrently, retry`);
      }
    }
    await movePersonLinks(trx, survivorId, mergedId);
    await moveAttachments(trx, 'person', mergedId, survivorId);
    await savePerson(trx, after, false);
    await trx
      .updateTable('people')
      .set({ mergedIntoId: survivorId, mergedAt: now })
      .where('id', '=', mergedId)
      .execute();

    const [a, b] = orderedPair(survivorId, mergedId);
    await trx
      .deleteFrom('personDuplicates')
      .where((eb) =>
        eb
          .or([eb('firstId', '=', mergedId), eb('secondId', '=', mergedId)])
          .and(eb.not(eb.and([eb('firstId', '=', a), eb('secondId', '=', b)]))),
      )
      .execute();
    await trx
      .updateTable('personDuplicates')
      .set({ status: 'merged', resolvedAt: now, resolvedBy: actor.id, updatedAt: now })
      .where('firstId', '=', a)
      .where('secondId', '=', b)
      .execute();

    await appendEvent(trx, ctx.clock, actor, {
      type: 'person.merged',
      entityType: 'person',
      entityId: survivorId,
      personId: survivorId,
      payload: {
        mergedId,
        survivorId,
        chosen,
        merged: { firstName: merged.firstName, lastName: merged.lastName, email: merged.email },
      },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'person',
      entityId: survivorId,
      action: 'merge',
      before: { survivor, merged },
      after: { survivor: after, mergedId },
    });
    return after;
  });
}
