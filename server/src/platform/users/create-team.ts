import type { AppContext } from '../../context.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { appendEvent } from '../events/append-event.js';
import { newId } from '../ids.js';
import { assertUsersExist } from './check-references.js';
import { loadTeamDto, setTeamMembers, type TeamDto } from './team.repository.js';
import type { CreateTeamInput } from './users.schemas.js';

/** POST /teams. */
export async function createTeam(ctx: AppContext, actor: Actor, input: CreateTeamInput): Promise<TeamDto> {
  return ctx.db.transaction().execute(async (trx) => {
    await assertUsersExist(trx, [input.leadId], 'body.leadId');
    await assertUsersExist(trx, input.memberIds ?? [], 'body.memberIds');
    const now = ctx.clock.now();
    const id = newId('team');
    await trx
      .insertInto('teams')
      .values({ id, name: input.name, leadId: input.leadId ?? null, createdAt: now, updatedAt: now })
      .execute();
    await setTeamMembers(trx, id, input.memberIds ?? []);
    const team = (await loadTeamDto(trx, id))!;
    const { createdAt: _c, ...after } = team;
    await recordAudit(trx, ctx, actor, { entityType: 'team', entityId: id, action: 'create', after });
    await appendEvent(trx, ctx.clock, actor, {
      type: 'team.created',
      entityType: 'team',
      entityId: id,
      payload: { name: team.name },
    });
    return team;
  });
}
