/**
 * The Customer 360 read targets on a seeded dataset (`seed-customer360.ts`: N people with 5 custom
 * fields, N / 10 companies), over real HTTP with an admin session, on SQLite and PostgreSQL:
 * list (3 conditions, one on a custom field, sorted by a custom field), quick search, profile +
 * first timeline page of a person with 1,000 entries, CSV export of every row, and the list while a
 * second N-row import runs (`BENCH_LOAD_SECONDS`, 0 skips it).
 * The dataset is seeded once per dialect and N, then every run works on a copy.
 *
 * `BENCH_DIALECTS=sqlite BENCH_PEOPLE=1000000 npx tsx bench/customer360-reads.bench.ts`
 * Env: BENCH_PEOPLE (1,000,000), BENCH_DIALECTS (sqlite,postgres), BENCH_RUNS (200),
 * BENCH_LOAD_SECONDS (60), BENCH_ONLY (comma list of list,search,profile,dashboard,export,import).
 */
import { exec } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import { type Dialect, openDatabase, SERVING_SQLITE_CACHE_MB } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { createImport } from '../src/modules/imports/create-import.js';
import { spawnImportWorker } from '../src/modules/imports/spawn-import-worker.js';
import { systemActor } from '../src/platform/actor.js';
import { systemClock } from '../src/platform/clock.js';
import { appendEvents } from '../src/platform/events/append-events.js';
import { newId } from '../src/platform/ids.js';
import { generatePeopleCsv } from './generate-people.js';
import { fmt, measure, percentiles, rate } from './harness.js';
import { personId, workingCopy } from './seed-customer360.js';

const N = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const DIALECTS = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',') as Dialect[];
/** Stop the export after this many seconds and report the rate so far (0: export everything). */
const EXPORT_SECONDS = Number(process.env.BENCH_EXPORT_SECONDS ?? 0);
const ONLY = new Set((process.env.BENCH_ONLY ?? 'list,search,profile,dashboard,export,import').split(','));
const load = () =>
  `load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;

export const LIST_FILTER = {
  and: [
    { field: 'custom.tier', op: 'eq', value: 'gold' },
    { field: 'firstName', op: 'eq', value: 'Anna' },
    { field: 'birthday', op: 'gte', value: '1980-01-01' },
  ],
};
/** Names (common and rare), an email prefix, a phone prefix (10,000 numbers), a company name. */
export const SEARCHES = ['Anna', 'Olga Ivan', 'p12345', '+3712001', 'Liepa Mar', 'Baltic Log'];

async function benchDialect(dialect: Dialect) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-c360-bench-'));
  const t0 = performance.now();
  const copy = await workingCopy(dialect, N, dir);
  const db = await openDatabase(copy.url, { sqliteCacheMb: SERVING_SQLITE_CACHE_MB });
  await migrateToLatest(db); // new migrations since the seed (indexes) run here, as on an upgrade
  const config = loadConfig({ RAPPORT_DATA_DIR: dir, DATABASE_URL: copy.url, LOG_LEVEL: 'silent' });
  const ctx: AppContext = {
    config,
    db,
    dialect,
    clock: systemClock,
    secret: 'bench-secret-bench-secret-bench',
  };
  const line = (s: string) => console.log(`[${dialect}] ${s}  (${load()})`);
  line(`working copy of ${N} people ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const app = await buildApp(ctx, { logger: false, webDist: '/nonexistent' });
  try {
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
    const listUrl = `/api/v1/people?limit=50&sort=-custom.score&filter=${encodeURIComponent(JSON.stringify(LIST_FILTER))}`;
    if (ONLY.has('list'))
      line(`list (3 conditions, custom field, sort): ${fmt(await measure(RUNS, () => get(listUrl)))}`);
    if (ONLY.has('search')) {
      const url = (q: string) => `/api/v1/people?limit=20&q=${encodeURIComponent(q)}`;
      line(
        `quick search: ${fmt(await measure(RUNS, (i) => get(url(SEARCHES[i % SEARCHES.length] as string))))}`,
      );
      for (const q of SEARCHES)
        line(`  q=${q}: ${fmt(await measure(Math.ceil(RUNS / 5), () => get(url(q))))}`);
    }
    if (ONLY.has('dashboard'))
      // The start page: customers (total, new this and last month), deals, 12 months of revenue.
      line(`start page figures (/dashboard): ${fmt(await measure(RUNS, () => get('/api/v1/dashboard')))}`);
    if (ONLY.has('profile')) {
      const id = personId(Math.floor(N / 2));
      await db.transaction().execute((trx) =>
        appendEvents(
          trx,
          systemClock,
          systemActor,
          Array.from({ length: 999 }, (_, i) => ({
            type: 'note.added',
            entityType: 'person',
            entityId: id,
            personId: id,
            payload: { text: `note ${i}` },
          })),
        ),
      );
      const profile = () => Promise.all([get(`/api/v1/people/${id}`), get(`/api/v1/people/${id}/timeline`)]);
      line(`profile + timeline (1,000 entries): ${fmt(await measure(RUNS, profile))}`);
    }
    if (ONLY.has('export')) {
      let peak = 0;
      const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
      const before = Math.round(process.memoryUsage().rss / 1e6);
      const s = performance.now();
      const cpu0 = process.cpuUsage();
      // The client is curl in its own process (a browser's download does not run in the server);
      // BENCH_EXPORT_CLIENT=fetch reads in this process instead.
      let rows = -1;
      if (process.env.BENCH_EXPORT_CLIENT === 'fetch') {
        const res = await fetch(`${address}/api/v1/people?format=csv`, { headers: { cookie } });
        for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) rows++;
          if (EXPORT_SECONDS && performance.now() - s > EXPORT_SECONDS * 1000) break;
        }
      } else {
        const limit = EXPORT_SECONDS ? `--max-time ${EXPORT_SECONDS}` : '';
        const out = await run(
          `curl -s ${limit} -H 'cookie: ${cookie}' '${address}/api/v1/people?format=csv' | wc -l`,
        );
        rows = Number(out.trim()) - 1;
      }
      const ms = performance.now() - s;
      const cpu = process.cpuUsage(cpu0);
      const cpuMs = (cpu.user + cpu.system) / 1000;
      clearInterval(sample);
      // Rows per CPU-second of the server process (with SQLite in it): what the export does with a
      // core to itself, a figure that the load of this shared machine does not move much.
      line(
        `CSV export ${rows} rows: ${rate(rows, ms)} rows (${(ms / 1000).toFixed(1)} s; ${rate(rows, cpuMs)} rows per CPU-second of the server process); RSS ${before} → peak ${Math.round(peak / 1e6)} MB`,
      );
    }
    if (ONLY.has('import') && LOAD_SECONDS > 0) {
      const file = path.join(os.tmpdir(), `rapport-bench-people-${N}-${N}.csv`);
      if (!fs.existsSync(file)) await generatePeopleCsv(file, N, 42 + N, N);
      const id = newId('imp');
      await createImport(
        ctx,
        { id, entity: 'people', filePath: file, ownerId: null, actor: systemActor },
        { queue: false },
      );
      const stop = new AbortController();
      let finished = false;
      const running = spawnImportWorker(ctx, id, { signal: stop.signal })
        .catch(() => null)
        .finally(() => (finished = true));
      const samples: number[] = [];
      const until = performance.now() + LOAD_SECONDS * 1000;
      await new Promise((r) => setTimeout(r, 2000)); // the worker is up and writing
      while (!finished && performance.now() < until) {
        const s = performance.now();
        await get(listUrl);
        samples.push(performance.now() - s);
        await new Promise((r) => setTimeout(r, 20));
      }
      stop.abort();
      await running;
      const done = await db.selectFrom('imports').select('rowsDone').where('id', '=', id).executeTakeFirst();
      line(`list while importing (${done?.rowsDone} rows written): ${fmt(percentiles(samples))}`);
    }
  } finally {
    await app.close();
    await db.destroy();
    await copy.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run(command: string): Promise<string> {
  return new Promise((resolve, reject) =>
    exec(command, { maxBuffer: 1 << 20 }, (err, stdout) => (err ? reject(err) : resolve(stdout))),
  );
}

console.log(`customer360-reads: N=${N}, ${os.cpus().length} cores, node ${process.version}, ${load()}`);
for (const d of DIALECTS) await benchDialect(d);
