import type { Executor } from '../../db/database.js';
import type { TeamRow } from './users.table.js';

export interface TeamDto {
  id: string;
  name: string;
  leadId: string | null;
  memberIds: string[];
  createdAt: number;
}

async function membersByTeam(db: Executor, teamIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(teamIds.map((id) => [id, []]));
  if (!teamIds.length) return map;
  const rows = await db
    .selectFrom('teamMembers')
    .select(['teamId', 'userId'])
    .where('teamId', 'in', teamIds)
    .orderBy('userId')
    .execute();
  for (const r of rows) map.get(r.teamId)?.push(r.userId);
  return map;
}

const toDto = (row: TeamRow, memberIds: string[]): TeamDto => ({
  id: row.id,
  name: row.name,
  leadId: row.leadId,
  memberIds,
  createdAt: row.createdAt,
});

export async function loadTeamDto(db: Executor, id: string): Promise<TeamDto | undefined> {
  const row = await db.selectFrom('teams').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  return toDto(row, (await membersByTeam(db, [id])).get(id) ?? []);
}

/** Every team, by name: an organisation has tens of teams, not thousands, so no paging. */
export async function listTeams(db: Executor): Promise<TeamDto[]> {
  const rows = await db.selectFrom('teams').selectAll().orderBy('name').orderBy('id').execute();
  const members = await membersByTeam(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toDto(r, members.get(r.id) ?? []));
}

/** Replaces a team's members. */
export async function setTeamMembers(db: Executor, teamId: string, userIds: string[]): Promise<void> {
  await db.deleteFrom('teamMembers').where('teamId', '=', teamId).execute();
  const unique = [...new Set(userIds)];
  if (unique.length) {
    await db
      .insertInto('teamMembers')
      .values(unique.map((userId) => ({ teamId, userId })))
      .execute();
  }
}
