import type { Actor } from '../actor.js';
import type { Permission } from '../http/permission.js';
import type { Role, Scope } from '../users/roles.js';

/** Who is calling: a signed-in user (session cookie) or an API key. */
export interface Principal {
  kind: 'user' | 'api_key';
  /** The user id, or the API key id. */
  id: string;
  /** The user behind the call: the user, or the key's creator (null for keys made by the CLI). */
  userId: string | null;
  role: Role;
  scope: Scope;
  teamIds: string[];
  permissions: Permission[];
  /** Session principals only: the session row id (CSRF tokens are derived from it). */
  sessionId?: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set by the auth hook on every non-public /api route. */
    principal?: Principal;
    actor?: Actor;
  }
}

export function actorOf(principal: Principal): Actor {
  return { type: principal.kind, id: principal.id };
}

export function hasPermission(principal: Principal, permission: Permission): boolean {
  return principal.permissions.includes(permission);
}
