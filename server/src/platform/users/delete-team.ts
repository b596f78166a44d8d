import type { AppContext } from '../../context.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { notFound } from '../errors.js';
import { appendEvent } from '../events/append-event.js';
import { loadTeamDto } from './team.repository.js';

/** DELETE /teams/:id: memberships go with it; the users stay. */
export async function deleteTeam(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadTeamDto(trx, id);
    if (!before) throw notFound('Team', id);
    await trx.deleteFrom('teamMembers').where('teamId', '=', id).execute();
    await trx.deleteFrom('teams').where('id', '=', id).execute();
    const { createdAt: _c, ...b } = before;
    await recordAudit(trx, ctx, actor, { entityType: 'team', entityId: id, action: 'delete', before: b });
    await appendEvent(trx, ctx.clock, actor, {
      type: 'team.deleted',
      entityType: 'team',
      entityId: id,
      payload: { name: before.name },
    });
  });
}
