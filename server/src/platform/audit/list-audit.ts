import type { Executor } from '../../db/database.js';
import { fromJson } from '../../db/json.js';

export interface AuditFilter {
  entityType?: string;
  entityId?: string;
  actorId?: string;
  action?: string;
  from?: number;
  to?: number;
  limit: number;
  cursor?: string;
}

/** Newest first, keyset-paged on the (time-sortable) id. `to` is exclusive. */
export async function listAudit(db: Executor, f: AuditFilter) {
  let q = db
    .selectFrom('auditLog')
    .selectAll()
    .orderBy('id', 'desc')
    .limit(f.limit + 1);
  if (f.entityType) q = q.where('entityType', '=', f.entityType);
  if (f.entityId) q = q.where('entityId', '=', f.entityId);
  if (f.actorId) q = q.where('actorId', '=', f.actorId);
  if (f.action) q = q.where('action', '=', f.action);
  if (f.from !== undefined) q = q.where('at', '>=', f.from);
  if (f.to !== undefined) q = q.where('at', '<', f.to);
  if (f.cursor) q = q.where('id', '<', f.cursor);
  const rows = await q.execute();
  const page = rows.slice(0, f.limit);
  return {
    data: page.map((r) => ({
      ...r,
      before: fromJson<Record<string, unknown> | null>(r.before),
      after: fromJson<Record<string, unknown> | null>(r.after),
      changes: fromJson<Record<string, [unknown, unknown]>>(r.changes),
    })),
    nextCursor: rows.length > f.limit ? page[page.length - 1]!.id : null,
  };
}
