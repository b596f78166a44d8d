/**
 * CSV import at scale, then the Customer 360 read paths on the imported data, on SQLite and PostgreSQL:
 * import rate and peak RSS; list (3 conditions, one on a custom field, plus sort), quick search and a
 * profile with 1,000 timeline entries over real HTTP; CSV export rate; list latency while a second
 * import runs. BENCH_PEOPLE (default 1,000,000), BENCH_DIALECTS (sqlite,postgres), BENCH_RUNS (200),
 * BENCH_LOAD_SECONDS (60: how long to measure during the second import before stopping it),
 * BENCH_IMPORT_ONLY=1 (only the import and a re-import of the same file: the import-rate figures;
 * BENCH_REIMPORT=0 skips the re-import).
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import { type Dialect, openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createImport } from '../src/modules/imports/create-import.js';
import { spawnImportWorker as spawnFromSrc } from '../src/modules/imports/spawn-import-worker.js';
import { systemActor } from '../src/platform/actor.js';
import { systemClock } from '../src/platform/clock.js';
import { appendEvents } from '../src/platform/events/append-events.js';
import { newId } from '../src/platform/ids.js';
import { createBenchFields, peopleCsv } from './generate-people.js';
import { fmt, measure, percentiles, rate } from './harness.js';

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

const N = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',') as Dialect[];
const IMPORT_ONLY = process.env.BENCH_IMPORT_ONLY === '1';
/** Rows per write transaction (default: the import's own). */
const BATCH = process.env.BENCH_BATCH ? Number(process.env.BENCH_BATCH) : undefined;
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function context(dialect: Dialect, dir: string) {
  const schema = dialect === 'postgres' ? `bench_${crypto.randomBytes(4).toString('hex')}` : undefined;
  if (schema) await pgAdmin(`create schema ${schema}`);
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
  return { ctx, drop: async () => schema && pgAdmin(`drop schema ${schema} cascade`) };
}

async function pgAdmin(q: string) {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  await c.query(q).finally(() => c.end());
}

/** Imports `file` in a worker thread; returns rows/s and the process's peak RSS while it ran. */
async function runImportTimed(ctx: AppContext, file: string, signal?: AbortSignal) {
  const id = newId('imp');
  await createImport(
    ctx,
    { id, entity: 'people', filePath: file, ownerId: null, actor: systemActor },
    { queue: false },
  );
  let peak = 0;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  try {
    const r = await spawnImportWorker(ctx, id, { signal, batchSize: BATCH });
    const c = process.cpuUsage(c0);
    // CPU time of the whole process (the worker does nearly all of it): steadier than wall time
    // when other processes share the cores.
    const cpuUsPerRow = ((c.user + c.system) / Math.max(1, r.done)).toFixed(1);
    return { ...r, ms: performance.now() - t0, peakMb: Math.round(peak / 1e6), cpuUsPerRow };
  } finally {
    clearInterval(sample);
  }
}

async function benchDialect(dialect: Dialect) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-import-bench-'));
  const { ctx, drop } = await context(dialect, dir);
  const line = (s: string) => console.log(`[${dialect}] ${s}`);
  try {
    await createBenchFields(ctx);
    const file = await peopleCsv(N, 0);
    const base = Math.round(process.memoryUsage().rss / 1e6);
    const imp = await runImportTimed(ctx, file);
    line(
      `import ${N} rows: ${rate(imp.done, imp.ms)} rows (${(imp.ms / 1000).toFixed(1)} s), created ${imp.counts.created}, failed ${imp.counts.failed}; CPU ${imp.cpuUsPerRow} µs/row; peak RSS ${imp.peakMb} MB (before ${base} MB)`,
    );
    if (IMPORT_ONLY) {
      if (process.env.BENCH_REIMPORT === '0') return;
      const again = await runImportTimed(ctx, file);
      line(
        `re-import of the same file: ${rate(again.done, again.ms)} rows (${(again.ms / 1000).toFixed(1)} s), created ${again.counts.created}, updated ${again.counts.updated}, unchanged ${again.counts.unchanged}; CPU ${again.cpuUsPerRow} µs/row; peak RSS ${again.peakMb} MB`,
      );
      return;
    }

    const app = await buildApp(ctx, { logger: false, webDist: '/nonexistent' });
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const setup = await fetch(`${address}/api/v1/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'bench@example.com', password: 'bench password 1', name: 'Bench' }),
    });
    const cookie = setup.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const get = async (url: string) => {
      const res = await fetch(`${address}${url}`, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${url}: ${res.status} ${await res.text()}`);
      return res.text();
    };
    const filter = JSON.stringify({
      and: [
        { field: 'custom.tier', op: 'eq', value: 'gold' },
        { field: 'firstName', op: 'eq', value: 'Anna' },
        { field: 'birthday', op: 'gte', value: '1980-01-01' },
      ],
    });
    const listUrl = `/api/v1/people?limit=50&sort=-custom.score&filter=${encodeURIComponent(filter)}`;
    line(`list (3 conditions, custom field, sort): ${fmt(await measure(RUNS, () => get(listUrl)))}`);
    const qs = ['Anna', 'Olga Ivan', 'p12345', '+3712001', 'Liepa Mar'];
    line(
      `quick search: ${fmt(await measure(RUNS, (i) => get(`/api/v1/people?limit=20&q=${encodeURIComponent(qs[i % qs.length]!)}`)))}`,
    );

    const person = await ctx.db
      .selectFrom('people')
      .select('id')
      .orderBy('id')
      .limit(1)
      .offset(Math.floor(N / 2))
      .executeTakeFirstOrThrow();
    await ctx.db.transaction().execute((trx) =>
      appendEvents(
        trx,
        systemClock,
        systemActor,
        Array.from({ length: 999 }, (_, i) => ({
          type: 'note.added',
          entityType: 'person',
          entityId: person.id,
          personId: person.id,
          payload: { text: `note ${i}` },
        })),
      ),
    );
    const profile = () =>
      Promise.all([get(`/api/v1/people/${person.id}`), get(`/api/v1/people/${person.id}/timeline`)]);
    line(`profile + timeline (1,000 entries): ${fmt(await measure(RUNS, profile))}`);

    const t0 = performance.now();
    const res = await fetch(`${address}/api/v1/people?format=csv`, { headers: { cookie } });
    let rows = -1;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>)
      for (const b of chunk) if (b === 10) rows++;
    line(
      `CSV export ${rows} rows: ${rate(rows, performance.now() - t0)} rows (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
    );

    const second = await peopleCsv(N, N);
    const stop = new AbortController();
    const running = runImportTimed(ctx, second, stop.signal).catch(() => null);
    const samples: number[] = [];
    const until = performance.now() + LOAD_SECONDS * 1000;
    let finished = false;
    void running.then(() => (finished = true));
    await new Promise((r) => setTimeout(r, 2000)); // the worker is up and writing
    while (!finished && performance.now() < until) {
      const s = performance.now();
      await get(listUrl);
      samples.push(performance.now() - s);
      await new Promise((r) => setTimeout(r, 20));
    }
    stop.abort();
    const during = await running;
    const imported =
      during?.done ??
      (await ctx.db.selectFrom('imports').select('rowsDone').orderBy('createdAt', 'desc').executeTakeFirst())
        ?.rowsDone;
    line(
      `list while importing (${imported} rows written during the window${during ? ', import finished' : ', import stopped'}): ${fmt(percentiles(samples))}`,
    );
    await app.close();
  } finally {
    await ctx.db.destroy();
    await drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

console.log(
  `people-import: N=${N}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 1e9)} GB, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const d of DIALECTS) await benchDialect(d);
