import type { AuditLogTable } from '../platform/audit/audit.table.js';
import type { ApiKeysTable, LoginAttemptsTable, SessionsTable } from '../platform/auth/auth.table.js';
import type { EventsTable } from '../platform/events/events.table.js';
import type { SetupTable, TeamMembersTable, TeamsTable, UsersTable } from '../platform/users/users.table.js';

/**
 * The whole database as Kysely sees it (camelCase; the CamelCasePlugin maps to snake_case columns).
 * Each module owns its tables' interfaces in `<thing>.table.ts`; they are gathered here.
 */
export interface Database {
  events: EventsTable;
  users: UsersTable;
  teams: TeamsTable;
  teamMembers: TeamMembersTable;
  setup: SetupTable;
  sessions: SessionsTable;
  apiKeys: ApiKeysTable;
  loginAttempts: LoginAttemptsTable;
  auditLog: AuditLogTable;
}
