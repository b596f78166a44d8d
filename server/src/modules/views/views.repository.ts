import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError } from '../../platform/errors.js';
import { readableEntities } from './view-entities.js';
import type { SavedView } from './views.schemas.js';
import type { SavedViewsTable } from './views.table.js';

export function toView(r: SavedViewsTable): SavedView {
  return {
    id: r.id,
    name: r.name,
    entity: r.entity,
    filter: r.filter == null ? null : fromJson(r.filter),
    sort: r.sort,
    columns: fromJson<string[]>(r.columns),
    shared: r.shared === 1,
    ownerId: r.ownerId,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  };
}

/** Views belong to users; an API key acts for the user who created it. */
export function viewUserOf(principal: Principal): string {
  if (!principal.userId) throw new AppError('forbidden', 'Saved views belong to users; this key has none');
  return principal.userId;
}

/**
 * The views a principal sees: their own, plus those shared by a member of one of their teams —
 * whatever their role's record scope (sharing is the owner's decision). Only entities whose list
 * the principal may read.
 */
export function visibleViews(db: Executor, principal: Principal) {
  const me = viewUserOf(principal);
  const entities = readableEntities(principal);
  let q = db.selectFrom('savedViews').selectAll();
  q = entities.length ? q.where('entity', 'in', entities) : q.where(sql<SqlBool>`1 = 0`);
  if (principal.teamIds.length === 0) return q.where('ownerId', '=', me);
  const teammates = sql`select tm.user_id from team_members tm where tm.team_id in (${sql.join(principal.teamIds)})`;
  return q.where(sql<SqlBool>`(owner_id = ${me} or (shared = 1 and owner_id in (${teammates})))`);
}

/** One view by id: visible ones, or any view for an admin (who may edit or delete every view). */
export async function findView(db: Executor, principal: Principal, id: string) {
  const q =
    principal.role === 'admin' ? db.selectFrom('savedViews').selectAll() : visibleViews(db, principal);
  return q.where('id', '=', id).executeTakeFirst();
}

/** Only the owner (or an admin) changes a view; others who see it shared get 403. */
export function requireViewOwner(principal: Principal, row: SavedViewsTable): void {
  if (row.ownerId !== principal.userId && principal.role !== 'admin') {
    throw new AppError('forbidden', 'Only the owner of a view can change it');
  }
}
