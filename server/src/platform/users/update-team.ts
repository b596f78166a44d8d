import type { AppContext } from '../../context.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { notFound } from '../errors.js';
import { appendEvent } from '../events/append-event.js';
import { assertUsersExist } from './check-references.js';
import { loadTeamDto, setTeamMembers, type TeamDto } from './team.repository.js';
import type { PatchTeamInput } from './users.schemas.js';

/** PATCH /teams/:id: `memberIds` replaces the member list. */
export async function updateTeam(
  ctx: AppContext,
  actor: Actor,
  id: string,
  patch: PatchTeamInput,
): Promise<TeamDto> {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await loadTeamDto(trx, id);
    if (!before) throw notFound('Team', id);
    await assertUsersExist(trx, [patch.leadId], 'body.leadId');
    await assertUsersExist(trx, patch.memberIds ?? [], 'body.memberIds');
    const { memberIds, ...fields } = patch;
    await trx
      .updateTable('teams')
      .set({ ...fields, updatedAt: ctx.clock.now() })
      .where('id', '=', id)
      .execute();
    if (memberIds) await setTeamMembers(trx, id, memberIds);
    const after = (await loadTeamDto(trx, id))!;
    const { createdAt: _b, ...b } = before;
    const { createdAt: _a, ...a } = after;
    await recordAudit(trx, ctx, actor, {
      entityType: 'team',
      entityId: id,
      action: 'update',
      before: b,
      after: a,
    });
    await appendEvent(trx, ctx.clock, actor, {
      type: 'team.updated',
      entityType: 'team',
      entityId: id,
      payload: { fields: Object.keys(patch) },
    });
    return after;
  });
}
