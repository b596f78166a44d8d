import type { Executor } from '../../db/database.js';
import type { ImportViewT } from './imports.schemas.js';
import type { ImportRow } from './imports.table.js';

export async function findImport(db: Executor, id: string): Promise<ImportRow | undefined> {
  return db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirst();
}

export function toImportView(r: ImportRow): ImportViewT {
  return {
    id: r.id,
    entity: r.entity,
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
