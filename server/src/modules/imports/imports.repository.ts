import type { Executor } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { applyVisibility } from '../../platform/auth/visibility.js';
import { notFound } from '../../platform/errors.js';
import type { ImportViewT } from './imports.schemas.js';
import type { ImportRow } from './imports.table.js';

export async function findImport(db: Executor, id: string): Promise<ImportRow | undefined> {
  return db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Imports the principal may see: those they (or, with team visibility, their teams) started; the
 * error report holds the original rows, so it is no wider than the records themselves. Command-line
 * imports have no owner and are seen under `all`.
 */
export function visibleImports(db: Executor, principal: Principal) {
  return applyVisibility(db.selectFrom('imports').selectAll('imports'), principal, 'imports.ownerId');
}

/** The import if the principal may see it, else 404 (whether it exists is not told). */
export async function requireVisibleImport(db: Executor, principal: Principal, id: string) {
  const imp = await visibleImports(db, principal).where('imports.id', '=', id).executeTakeFirst();
  if (!imp) throw notFound('Import', id);
  return imp;
}

/**
 * Stops a queued or running import: the worker sees the status at its next batch and stops there
 * (what it committed stays imported). False when the import has already finished.
 */
export async function cancelImport(db: Executor, id: string, now: number): Promise<boolean> {
  const res = await db
    .updateTable('imports')
    .set({ status: 'cancelled', updatedAt: now, finishedAt: now })
    .where('id', '=', id)
    .where('status', 'in', ['queued', 'running'])
    .executeTakeFirst();
  return Number(res.numUpdatedRows) > 0;
}

/** Newest first (ids are time-ordered), a page after `cursor` (the previous page's last id). */
export async function listImports(
  db: Executor,
  principal: Principal,
  page: { limit: number; cursor?: string },
): Promise<{ data: ImportRow[]; nextCursor: string | null }> {
  let q = visibleImports(db, principal)
    .orderBy('imports.id', 'desc')
    .limit(page.limit + 1);
  if (page.cursor) q = q.where('imports.id', '<', page.cursor);
  const rows = await q.execute();
  const more = rows.length > page.limit;
  const data = more ? rows.slice(0, page.limit) : rows;
  return { data, nextCursor: more ? data[data.length - 1]!.id : null };
}

export function toImportView(r: ImportRow): ImportViewT {
  return {
    id: r.id,
    entity: r.entity,
    fileName: r.fileName,
    ownerId: r.ownerId,
    status: r.status,
    jobId: r.jobId,
    progress: { done: r.rowsDone, total: r.rowsTotal },
    counts: { created: r.created, updated: r.updated, unchanged: r.unchanged, failed: r.failed },
    error: r.error,
    createdAt: r.createdAt,
    finishedAt: r.finishedAt,
  };
}

/** The error rows of an import in line order, page by page (keyset on line; constant memory). */
export async function* importErrors(db: Executor, id: string, page = 2000) {
  let after = -1;
  for (;;) {
    const rows = await db
      .selectFrom('importErrors')
      .selectAll()
      .where('importId', '=', id)
      .where('line', '>', after)
      .orderBy('line')
      .limit(page)
      .execute();
    // A line can hold several errors; keep whole lines together across pages.
    const last = rows.length === page ? rows[rows.length - 1]!.line : Number.POSITIVE_INFINITY;
    for (const r of rows) if (r.line < last) yield r;
    if (rows.length < page) return;
    if (rows[0]!.line === last) {
      for (const r of await db
        .selectFrom('importErrors')
        .selectAll()
        .where('importId', '=', id)
        .where('line', '=', last)
        .execute())
        yield r;
      after = last;
    } else after = last - 1;
  }
}
