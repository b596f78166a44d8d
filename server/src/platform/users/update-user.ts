import type { AppContext } from '../../context.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { AppError, notFound, validationError } from '../errors.js';
import { appendEvent } from '../events/append-event.js';
import { assertTeamsExist, assertUsersExist } from './check-references.js';
import { countActiveAdmins, loadUserDto, setUserTeams, type UserDto } from './user.repository.js';
import type { PatchUserInput } from './users.schemas.js';
import type { UserUpdate } from './users.table.js';

export type UserPatch = PatchUserInput & { theme?: string; timeZone?: string | null };

/**
 * PATCH /users/:id and PATCH /me. Deactivating a user ends their sessions; the last active admin
 * can be neither demoted nor deactivated, checked inside the transaction that changes it.
 */
export async function updateUser(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: UserPatch,
): Promise<UserDto> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadUserDto(trx, id);
    if (!before) throw notFound('User', id);
    if (patch.substituteId === id)
      throw validationError('body.substituteId', 'cannot be the user themself', 'self_substitute');
    await assertUsersExist(trx, [patch.substituteId], 'body.substituteId');
    await assertTeamsExist(trx, patch.teamIds, 'body.teamIds');
    const from = patch.absentFrom === undefined ? before.absentFrom : patch.absentFrom;
    const until = patch.absentUntil === undefined ? before.absentUntil : patch.absentUntil;
    if (from !== null && until !== null && until < from) {
      throw validationError('body.absentUntil', 'must not be before absentFrom', 'end_before_start');
    }

    const losesAdmin =
      before.role === 'admin' &&
      before.active &&
      ((patch.role !== undefined && patch.role !== 'admin') || patch.active === false);
    if (losesAdmin && (await countActiveAdmins(trx, id)) === 0) {
      throw new AppError('last_admin', 'The last active admin cannot be demoted or deactivated');
    }

    const { teamIds, active, ...fields } = patch;
    const update: UserUpdate = { ...fields, updatedAt: ctx.clock.now() };
    if (active !== undefined) update.active = active ? 1 : 0;
    await trx.updateTable('users').set(update).where('id', '=', id).execute();
    if (teamIds) await setUserTeams(trx, id, teamIds);
    if (active === false && before.active) {
      await trx.deleteFrom('sessions').where('userId', '=', id).execute();
    }

    const after = (await loadUserDto(trx, id))!;
    const { createdAt: _b, ...b } = before;
    const { createdAt: _a, ...a } = after;
    await recordAudit(trx, ctx, actor, {
      entityType: 'user',
      entityId: id,
      action: 'update',
      before: b,
      after: a,
    });
    await appendEvent(trx, ctx.clock, actor, {
      type: active === false && before.active ? 'user.deactivated' : 'user.updated',
      entityType: 'user',
      entityId: id,
      payload: { fields: Object.keys(patch) },
    });
    return after;
  });
}
