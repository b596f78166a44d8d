import type { CountryCode } from 'libphonenumber-js';
import { type DB, type Dialect, dialectOf, type Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';
import type { Actor } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import { listFields } from '../fields/fields.repository.js';
import { loadPhoneRegion, withPhoneRegion } from '../people/phone-region.js';
import { countLines } from './count-lines.js';
import type { ImportEntity } from './header-mapping.js';
import { upsertCompanyRow } from './import-companies.js';
import { upsertOrderBatch } from './import-orders.js';
import { type UpsertCounts, upsertPeopleBatch, type WriteEnv } from './import-people.js';
import { orderImportStore } from './order-store.js';
import { peopleImportStore } from './people-store.js';
import { type BadRow, type ReadBatch, type ReadSetup, readImportFile } from './read-import-file.js';
import { statisticsRefresher } from './refresh-statistics.js';

export interface ImportCounts extends UpsertCounts {
  failed: number;
}
export interface ImportProgress {
  done: number;
  total: number;
  counts: ImportCounts;
  /** A user cancelled it: the batches committed before stay imported. */
  cancelled?: boolean;
}
export type { BadRow };
export interface RunImportOptions {
  db: DB;
  clock: Clock;
  importId: string;
  /** Validate and match, write nothing (each batch is rolled back). */
  dryRun?: boolean;
  /** Rows per write transaction (default by dialect, see below). */
  batchSize?: number;
  /** After each committed batch; a returned promise is awaited before the next batch. */
  onProgress?: (p: ImportProgress) => void | Promise<void>;
  onBadRows?: (rows: BadRow[]) => void;
}

class DryRunRollback extends Error {}
class Cancelled extends Error {}

/**
 * Writes the rows `readImportFile` streams from the import's CSV (validated, in batches) in short
 * transactions that also move the import's counts and error rows, so a restarted job resumes after
 * the last committed batch.
 */
export async function runImport(opts: RunImportOptions): Promise<ImportProgress> {
  // Phones in the file are read in the organisation's default region, as the API reads them.
  const region = await loadPhoneRegion(opts.db);
  return withPhoneRegion(region, () => importRows(opts, region));
}

async function importRows(opts: RunImportOptions, region: CountryCode): Promise<ImportProgress> {
  const { db, clock } = opts;
  const imp = await db
    .selectFrom('imports')
    .selectAll()
    .where('id', '=', opts.importId)
    .executeTakeFirstOrThrow();
  const entity = imp.entity as ImportEntity;
  const defs = entity === 'orders' ? [] : await listFields(db, entity === 'people' ? 'person' : 'company');
  const sources = (
    await db.selectFrom('contactSources').select('key').where('archived', '=', 0).execute()
  ).map((s) => s.key);
  const env: WriteEnv = {
    clock,
    actor: { type: imp.actorType, id: imp.actorId } as Actor,
    ownerId: imp.ownerId,
    people: peopleImportStore(db),
    orders: orderImportStore(db),
  };
  const total = Math.max(0, (await countLines(imp.filePath)) - 1);
  const counts: ImportCounts = {
    created: imp.created,
    updated: imp.updated,
    unchanged: imp.unchanged,
    failed: imp.failed,
  };
  let done = imp.rowsDone;
  if (imp.status === 'cancelled') return { done, total, counts, cancelled: true };
  if (!opts.dryRun)
    await db
      .updateTable('imports')
      .set({ status: 'running', rowsTotal: total, updatedAt: clock.now() })
      .where('id', '=', imp.id)
      .where('status', '!=', 'cancelled')
      .execute();

  const setup: ReadSetup = {
    entity,
    filePath: imp.filePath,
    mapping: (imp.mapping == null ? {} : fromJson<Record<string, string>>(imp.mapping)) ?? {},
    defs,
    sources,
    region,
    skip: imp.rowsDone,
    batchSize: opts.batchSize ?? defaultBatchSize(dialectOf(db), entity),
  };
  const stats = statisticsRefresher(db, entity);

  const write = async (batch: ReadBatch) => {
    const bad = [...batch.bad];
    const delta: ImportCounts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
    const writeBatch = async (trx: Executor) => {
      // The batch's first statement writes the import's row. On SQLite that takes the write lock at
      // once (waiting its turn behind other imports), so the batch never holds a read snapshot that
      // another import's commit could make stale ("database is locked"). It also sees a cancel
      // (`cancelImport`): a batch commits before the cancel or not at all.
      const live = await trx
        .updateTable('imports')
        .set({ updatedAt: clock.now() })
        .where('id', '=', imp.id)
        .where('status', '!=', 'cancelled')
        .executeTakeFirst();
      if (!opts.dryRun && Number(live.numUpdatedRows) === 0) throw new Cancelled();
      if (batch.people.length) Object.assign(delta, await upsertPeopleBatch(trx, env, batch.people));
      if (batch.orderLines.length) Object.assign(delta, await upsertOrderBatch(trx, env, batch.orderLines));
      for (const c of batch.companies) {
        const errors = await upsertCompanyRow(trx, env, c.row, defs, delta);
        if (errors.length) bad.push({ line: c.line, cells: c.cells, errors });
      }
      delta.failed = bad.length;
      if (opts.dryRun) throw new DryRunRollback();
      const errorRows = bad.flatMap((b) =>
        b.errors.map((e) => ({
          importId: imp.id,
          line: b.line,
          columnName: e.column,
          reason: e.reason,
          code: e.code ?? null,
          params: e.params ? toJson(e.params) : null,
          record: toJson(b.cells),
        })),
      );
      for (let i = 0; i < errorRows.length; i += 500)
        await trx
          .insertInto('importErrors')
          .values(errorRows.slice(i, i + 500))
          .execute();
      await trx
        .updateTable('imports')
        .set((eb) => ({
          rowsDone: done + batch.rows,
          created: eb('created', '+', delta.created),
          updated: eb('updated', '+', delta.updated),
          unchanged: eb('unchanged', '+', delta.unchanged),
          failed: eb('failed', '+', delta.failed),
          updatedAt: clock.now(),
        }))
        .where('id', '=', imp.id)
        .execute();
    };
    await db
      .transaction()
      .execute(writeBatch)
      .catch((err) => {
        if (!(err instanceof DryRunRollback)) throw err;
      });
    for (const k of ['created', 'updated', 'unchanged', 'failed'] as const) counts[k] += delta[k];
    done += batch.rows;
    opts.onBadRows?.(bad);
    await opts.onProgress?.({ done, total: Math.max(total, done), counts: { ...counts } });
    if (!opts.dryRun) await stats.afterBatch(done);
  };

  for await (const m of readImportFile(setup)) {
    if (m.type === 'batch') {
      const stopped = await write(m).then(
        () => false,
        (err) => {
          if (err instanceof Cancelled) return true;
          throw err;
        },
      );
      if (stopped) return { done, total: Math.max(total, done), counts, cancelled: true };
    } else if (!opts.dryRun)
      await db
        .updateTable('imports')
        .set({ header: toJson(m.headers) })
        .where('id', '=', imp.id)
        .execute();
  }
  if (!opts.dryRun) {
    await stats.finish();
    const now = clock.now();
    await db
      .updateTable('imports')
      .set({ status: 'done', rowsTotal: done, updatedAt: now, finishedAt: now })
      .where('id', '=', imp.id)
      .where('status', '!=', 'cancelled')
      .execute();
  }
  return { done, total: done, counts };
}

/**
 * Rows per write transaction, measured (docs/benchmarks.md). SQLite: each commit writes every page
 * the batch dirtied to the WAL, so bigger batches write each hot index page less often — 20,000 order
 * lines import 26 % faster than 5,000; people gain 8 % but hold ~60 MB more, so they stay at 5,000.
 * A concurrent API write waits at most one batch (~1.3 s). PostgreSQL: 2,000 (5,000-row array
 * statements were slower and cost ~40 MB more RSS).
 */
function defaultBatchSize(dialect: Dialect, entity: ImportEntity) {
  if (dialect === 'postgres') return 2_000;
  return entity === 'orders' ? 20_000 : 5_000;
}
