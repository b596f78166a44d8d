// TEMPORARY stand-in for feat/auth (platform/auth, platform/audit). Delete after merging feat/auth and
// point imports at the real modules; the shapes below follow the agreed contract.
import type { FastifyRequest } from 'fastify';
import type { SelectQueryBuilder } from 'kysely';
import { sql } from 'kysely';
import type { AppContext } from '../context.js';
import type { Executor } from '../db/database.js';
import type { Actor } from '../platform/actor.js';

export interface Principal {
  kind: 'user' | 'api_key' | 'system';
  id: string;
  userId: string | null;
  role: string;
  scope: 'own' | 'team' | 'all';
  teamIds: string[];
  permissions: string[];
}

const shimAdmin: Principal = {
  kind: 'system',
  id: 'shim',
  userId: null,
  role: 'admin',
  scope: 'all',
  teamIds: [],
  permissions: ['*'],
};

export function principalOf(req: FastifyRequest): Principal {
  return (req as unknown as { principal?: Principal }).principal ?? shimAdmin;
}

export function actorOf(req: FastifyRequest): Actor {
  return (req as unknown as { actor?: Actor }).actor ?? { type: 'system', id: null };
}

/** Restricts a query to the records the principal may see (owner column = the principal's user). */
export function applyVisibility<Q extends SelectQueryBuilder<any, any, any>>(
  query: Q,
  principal: Principal,
  ownerColumnRef: string,
): Q {
  if (principal.scope === 'all') return query;
  return query.where(sql<boolean>`${sql.ref(ownerColumnRef)} = ${principal.userId ?? ''}`) as Q;
}

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
}

export async function recordAudit(_trx: Executor, _ctx: AppContext, _actor: Actor, _e: AuditEntry) {}
