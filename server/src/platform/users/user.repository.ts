import type { Executor } from '../../db/database.js';
import type { Role } from './roles.js';
import type { UserRow } from './users.table.js';

/** The user as the API shows it: no password hash, team ids attached, booleans as booleans. */
export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  locale: string;
  theme: string;
  timeZone: string | null;
  teamIds: string[];
  absentFrom: number | null;
  absentUntil: number | null;
  substituteId: string | null;
  createdAt: number;
}

export function toUserDto(row: UserRow, teamIds: string[]): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role as Role,
    active: row.active === 1,
    locale: row.locale,
    theme: row.theme,
    timeZone: row.timeZone,
    teamIds,
    absentFrom: row.absentFrom,
    absentUntil: row.absentUntil,
    substituteId: row.substituteId,
    createdAt: row.createdAt,
  };
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

export function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}

export async function countUsers(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Team ids per user, for many users in one query. */
export async function teamIdsByUser(db: Executor, userIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return map;
  const rows = await db
    .selectFrom('teamMembers')
    .select(['userId', 'teamId'])
    .where('userId', 'in', userIds)
    .orderBy('teamId')
    .execute();
  for (const r of rows) map.get(r.userId)?.push(r.teamId);
  return map;
}

export async function loadUserDto(db: Executor, id: string): Promise<UserDto | undefined> {
  const row = await findUserById(db, id);
  if (!row) return undefined;
  return toUserDto(row, (await teamIdsByUser(db, [id])).get(id) ?? []);
}

/** Replaces a user's team memberships. */
export async function setUserTeams(db: Executor, userId: string, teamIds: string[]): Promise<void> {
  await db.deleteFrom('teamMembers').where('userId', '=', userId).execute();
  const unique = [...new Set(teamIds)];
  if (unique.length) {
    await db
      .insertInto('teamMembers')
      .values(unique.map((teamId) => ({ teamId, userId })))
      .execute();
  }
}

export async function countActiveAdmins(db: Executor, exceptId?: string): Promise<number> {
  let q = db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'admin')
    .where('active', '=', 1);
  if (exceptId) q = q.where('id', '!=', exceptId);
  return Number((await q.executeTakeFirst())?.n ?? 0);
}
