import fs from 'node:fs';
import { parse } from 'csv-parse';
import { type DB, dialectOf, type Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';
import type { Actor } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import { listFields } from '../fields/fields.repository.js';
import { loadPhoneRegion, withPhoneRegion } from '../people/phone-region.js';
import type { CellError } from './cell-values.js';
import { countLines } from './count-lines.js';
import { type ImportEntity, mapHeaders } from './header-mapping.js';
import { readCompanyRow, upsertCompanyRow } from './import-companies.js';
import { upsertOrderBatch } from './import-orders.js';
import { type UpsertCounts, upsertPeopleBatch, type WriteEnv } from './import-people.js';
import { orderImportStore } from './order-store.js';
import { peopleImportStore } from './people-store.js';
import { type ImportedOrderLine, readOrderRow } from './read-order-row.js';
import { statisticsRefresher } from './refresh-statistics.js';
import { type ImportedPerson, validatePersonRow } from './row-validator.js';

export interface ImportCounts extends UpsertCounts {
  failed: number;
}
export interface ImportProgress {
  done: number;
  total: number;
  counts: ImportCounts;
}
export interface BadRow {
  line: number;
  cells: string[];
  errors: CellError[];
}
export interface RunImportOptions {
  db: DB;
  clock: Clock;
  importId: string;
  /** Validate and match, write nothing (each batch is rolled back). */
  dryRun?: boolean;
  /** Rows per write transaction (default by dialect, see below). */
  batchSize?: number;
  onProgress?: (p: ImportProgress) => void;
  onBadRows?: (rows: BadRow[]) => void;
}

class DryRunRollback extends Error {}

/**
 * Streams the import's CSV (constant memory, backpressure via async iteration), validates each row,
 * and writes batches in short transactions that also move the import's counts and error rows, so a
 * restarted job resumes after the last committed batch.
 */
export async function runImport(opts: RunImportOptions): Promise<ImportProgress> {
  // Phones in the file are read in the organisation's default region, as the API reads them.
  const region = await loadPhoneRegion(opts.db);
  return withPhoneRegion(region, () => importRows(opts));
}

async function importRows(opts: RunImportOptions): Promise<ImportProgress> {
  const { db, clock } = opts;
  const imp = await db
    .selectFrom('imports')
    .selectAll()
    .where('id', '=', opts.importId)
    .executeTakeFirstOrThrow();
  const entity = imp.entity as ImportEntity;
  const defs = entity === 'orders' ? [] : await listFields(db, entity === 'people' ? 'person' : 'company');
  const defMap = new Map(defs.map((d) => [d.key, d]));
  const sources = new Set(
    (await db.selectFrom('contactSources').select('key').where('archived', '=', 0).execute()).map(
      (s) => s.key,
    ),
  );
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
  if (!opts.dryRun)
    await db
      .updateTable('imports')
      .set({ status: 'running', rowsTotal: total, updatedAt: clock.now() })
      .where('id', '=', imp.id)
      .execute();

  const parser = fs
    .createReadStream(imp.filePath)
    .pipe(parse({ bom: true, relax_column_count: true, skip_empty_lines: true, info: true }));
  let headers: string[] | null = null;
  let ctx: Parameters<typeof validatePersonRow>[1] | null = null;
  let seen = 0;
  let good: ImportedPerson[] = [];
  let companies: { line: number; row: ReturnType<typeof readCompanyRow>; cells: string[] }[] = [];
  let orderLines: ImportedOrderLine[] = [];
  let bad: BadRow[] = [];
  // Rows per transaction, measured (docs/benchmarks.md): SQLite 5,000 (fewer commits, each writing
  // every page the batch dirtied to the WAL; a concurrent API write waits at most one batch, ~1 s);
  // PostgreSQL 2,000 (5,000-row array statements were slower and cost ~40 MB more RSS).
  const batchSize = opts.batchSize ?? (dialectOf(db) === 'sqlite' ? 5_000 : 2_000);
  const stats = statisticsRefresher(db, entity);

  const flush = async () => {
    const batchRows = good.length + companies.length + orderLines.length + bad.length;
    if (batchRows === 0) return;
    const delta: ImportCounts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
    const write = async (trx: Executor) => {
      if (good.length) Object.assign(delta, await upsertPeopleBatch(trx, env, good), { failed: 0 });
      if (orderLines.length) Object.assign(delta, await upsertOrderBatch(trx, env, orderLines));
      for (const c of companies) {
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
          rowsDone: done + batchRows,
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
      .execute(write)
      .catch((err) => {
        if (!(err instanceof DryRunRollback)) throw err;
      });
    for (const k of ['created', 'updated', 'unchanged', 'failed'] as const) counts[k] += delta[k];
    done += batchRows;
    opts.onBadRows?.(bad);
    good = [];
    companies = [];
    orderLines = [];
    bad = [];
    opts.onProgress?.({ done, total: Math.max(total, done), counts: { ...counts } });
    if (!opts.dryRun) await stats.afterBatch(done);
  };

  for await (const { record, info } of parser as AsyncIterable<{
    record: string[];
    info: { lines: number };
  }>) {
    if (!headers) {
      headers = record.map((h) => h.trim());
      const mapping = (imp.mapping == null ? {} : fromJson<Record<string, string>>(imp.mapping)) ?? {};
      const targets = mapHeaders(entity, headers, defs, mapping);
      ctx = { headers, targets, defs: defMap, sources };
      if (!opts.dryRun)
        await db
          .updateTable('imports')
          .set({ header: toJson(headers) })
          .where('id', '=', imp.id)
          .execute();
      continue;
    }
    if (seen++ < imp.rowsDone) continue; // committed before a restart
    if (entity === 'people') {
      const { person, errors } = validatePersonRow(record, ctx!);
      if (errors.length) bad.push({ line: info.lines, cells: record, errors });
      else good.push(person);
    } else if (entity === 'orders') {
      const row = readOrderRow(record, headers, ctx!.targets);
      // Batches end only between orders, so an order's adjacent lines are written together.
      const last = orderLines[orderLines.length - 1];
      if (orderLines.length >= batchSize && last && last.orderId !== row.line.orderId) await flush();
      if (row.errors.length) bad.push({ line: info.lines, cells: record, errors: row.errors });
      else orderLines.push(row.line);
      continue;
    } else {
      const row = readCompanyRow(record, headers, ctx!.targets, defMap);
      if (row.errors.length) bad.push({ line: info.lines, cells: record, errors: row.errors });
      else companies.push({ line: info.lines, row, cells: record });
    }
    if (good.length + companies.length + bad.length >= batchSize) await flush();
  }
  await flush();
  if (!opts.dryRun) {
    await stats.finish();
    const now = clock.now();
    await db
      .updateTable('imports')
      .set({ status: 'done', rowsTotal: done, updatedAt: now, finishedAt: now })
      .where('id', '=', imp.id)
      .execute();
  }
  return { done, total: done, counts };
}
