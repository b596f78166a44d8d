/**
 * Order-lines import at scale: a seeded CSV of N lines (BENCH_ORDER_LINES, default 1,000,000; 1–5
 * lines per order, BENCH_CUSTOMERS distinct customers (default N / 10), 2,000 SKUs in 40 categories) imported exactly as in
 * production (createImport + the worker thread). Prints lines/s and the process's peak RSS.
 * BENCH_DIALECTS (default sqlite; `sqlite,postgres` for both).
 * `BENCH_ORDER_LINES=100000 npx tsx bench/orders-import.bench.ts`
 */

import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import { type Dialect, openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createImport } from '../src/modules/imports/create-import.js';
import { spawnImportWorker as spawnFromSrc } from '../src/modules/imports/spawn-import-worker.js';
import { systemActor } from '../src/platform/actor.js';
import { systemClock } from '../src/platform/clock.js';
import { newId } from '../src/platform/ids.js';
import { orderLinesCsv } from './generate-order-lines.js';
import { rate } from './harness.js';

/**
 * BENCH_DIST=1: the import worker runs the built JavaScript (`npm run build -w server` first), as in
 * production; from src every worker thread first transpiles the modules through tsx (~2 s of CPU,
 * ~80 MB of RSS that production does not have).
 */
const spawnImportWorker: typeof spawnFromSrc =
  process.env.BENCH_DIST === '1'
    ? (await import(new URL('../dist/modules/imports/spawn-import-worker.js', import.meta.url).href))
        .spawnImportWorker
    : spawnFromSrc;

const N = Number(process.env.BENCH_ORDER_LINES ?? 1_000_000);
/** Distinct customers (default N / 10: most customers buy several times). */
const CUSTOMERS = Number(process.env.BENCH_CUSTOMERS ?? Math.max(1, Math.floor(N / 10)));
/** Rows per write transaction (default: the import's own, see run-import.ts). */
const BATCH = process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : undefined;
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite').split(',') as Dialect[];
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function bench(dialect: Dialect, file: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-orders-bench-'));
  const schema = dialect === 'postgres' ? `bench_${crypto.randomBytes(4).toString('hex')}` : undefined;
  const admin = async (q: string) => {
    const c = new pg.Client({ connectionString: PG_URL });
    await c.connect();
    await c.query(q).finally(() => c.end());
  };
  if (schema) await admin(`create schema ${schema}`);
  const url = schema ? PG_URL : `sqlite:${path.join(dir, 'bench.sqlite')}`;
  const db = await openDatabase(url, { schema });
  await migrateToLatest(db);
  const config = loadConfig({ RAPPORT_DATA_DIR: dir, DATABASE_URL: url, LOG_LEVEL: 'silent' });
  const ctx: AppContext = {
    config,
    db,
    dialect,
    clock: systemClock,
    secret: 'bench-secret-bench-secret-bench',
  };
  const id = newId('imp');
  await createImport(
    ctx,
    { id, entity: 'orders', filePath: file, ownerId: null, actor: systemActor },
    { queue: false },
  );
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    const r = await spawnImportWorker(ctx, id, { batchSize: BATCH });
    const ms = performance.now() - t0;
    // This process's CPU (the import thread's included) per line: barely moved by other processes.
    const c = process.cpuUsage(c0);
    const cpu = ((c.user + c.system) / Math.max(1, r.done)).toFixed(1);
    console.log(
      `[${dialect}] ${r.done} lines in ${(ms / 1000).toFixed(1)} s: ${rate(r.done, ms)} lines; ` +
        `created ${r.counts.created}, failed ${r.counts.failed}; CPU ${cpu} µs/line; peak RSS ${Math.round(peak / 1e6)} MB`,
    );
  } finally {
    clearInterval(sample);
    await db.destroy();
    if (schema) await admin(`drop schema ${schema} cascade`);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const file = await orderLinesCsv(N, CUSTOMERS);
for (const d of DIALECTS) await bench(d, file);
