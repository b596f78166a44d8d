import type { Insertable, Selectable, Updateable } from 'kysely';

export interface UsersTable {
  id: string;
  /** Stored lower-cased; unique. */
  email: string;
  name: string;
  role: string;
  /** `scrypt$N$r$p$salt$hash`; never leaves the server (see toUserDto). */
  passwordHash: string;
  active: number;
  locale: string;
  theme: string;
  /** IANA zone for due times and "today"; null = the browser's (web) or UTC (server). */
  timeZone: string | null;
  absentFrom: number | null;
  absentUntil: number | null;
  substituteId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface TeamsTable {
  id: string;
  name: string;
  leadId: string | null;
  createdAt: number;
  updatedAt: number;
}

export interface TeamMembersTable {
  teamId: string;
  userId: string;
}

/** One row once the first-run setup has happened; its primary key makes concurrent setups collide. */
export interface SetupTable {
  id: string;
  completedAt: number;
}

export type UserRow = Selectable<UsersTable>;
export type NewUserRow = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type TeamRow = Selectable<TeamsTable>;
