import { type SelectQueryBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import type { Principal } from './principal.js';

type Visible = Pick<Principal, 'scope' | 'userId' | 'teamIds'>;

/**
 * The owner ids whose records a principal may see: `null` means all; `own` is the user alone;
 * `team` is every member of the user's teams (and the user). Repositories use it for counts and
 * searches that are not a single select; prefer `applyVisibility` where one query does.
 *
 * @example
 * const owners = await visibleOwnerIds(db, req.principal); // null | ['usr_1', 'usr_2']
 */
export async function visibleOwnerIds(db: Executor, principal: Visible): Promise<string[] | null> {
  if (principal.scope === 'all') return null;
  const self = principal.userId ? [principal.userId] : [];
  if (principal.scope === 'own' || principal.teamIds.length === 0) return self;
  const rows = await db
    .selectFrom('teamMembers')
    .select('userId')
    .distinct()
    .where('teamId', 'in', principal.teamIds)
    .execute();
  return [...new Set([...self, ...rows.map((r) => r.userId)])].sort();
}

/**
 * Adds the visibility WHERE to a select, as one subquery (no extra round trip). `ownerColumn` is a
 * column reference such as `'deals.ownerId'`. Records with no owner are visible only under `all`.
 *
 * @example
 * const rows = await applyVisibility(db.selectFrom('deals').selectAll(), principal, 'deals.ownerId').execute();
 */
export function applyVisibility<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  principal: Visible,
  ownerColumn: string,
): SelectQueryBuilder<DB, TB, O> {
  if (principal.scope === 'all') return query;
  const owner = sql.ref(ownerColumn);
  const self = principal.userId ?? '';
  if (principal.scope === 'own' || principal.teamIds.length === 0) {
    return query.where(sql<boolean>`${owner} = ${self}`);
  }
  const members = sql`select tm.user_id from team_members tm where tm.team_id in (${sql.join(principal.teamIds)})`;
  return query.where(sql<boolean>`(${owner} = ${self} or ${owner} in (${members}))`);
}
