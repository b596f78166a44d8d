/**
 * List query latency on SQLite: 200,000 rows, a 3-condition filter + sort + limit 50 page.
 * Run: `cd server && npx tsx bench/lists.bench.ts` (not part of any test run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { openDatabase } from '../src/db/database.js';
import { ManualClock } from '../src/platform/clock.js';
import type { FieldRegistry } from '../src/platform/lists/field-registry.js';
import { jsonField } from '../src/platform/lists/json-field.js';
import { runListQuery } from '../src/platform/lists/list-query.js';

const ROWS = 200_000;
const RUNS = 300;
const NOW = Date.UTC(2026, 0, 5);
const DAY = 86_400_000;

const fields: FieldRegistry = {
  name: { type: 'text', column: 'name', sortable: true, searchable: true },
  stage: { type: 'select', column: 'stage', sortable: true },
  amount: { type: 'money', column: 'amount', sortable: true },
  seenAt: { type: 'datetime', column: 'seenAt', sortable: true },
  'custom.tier': { type: 'select', column: jsonField('custom', 'tier', 'select') },
};

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-bench-'));
  // biome-ignore lint/suspicious/noExplicitAny: a bench table outside the app schema
  const db = (await openDatabase(`sqlite:${path.join(dir, 'bench.sqlite')}`)) as unknown as Kysely<any>;
  await db.schema
    .createTable('bench_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('stage', 'text')
    .addColumn('amount', 'bigint')
    .addColumn('seen_at', 'bigint')
    .addColumn('custom', 'text')
    .execute();
  const stages = ['lead', 'qualified', 'won', 'lost'];
  // mulberry32: deterministic, and unlike a power-of-two LCG its low bits are random too.
  let seed = 1;
  const rand = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) % n;
  };
  const t0 = performance.now();
  for (let i = 0; i < ROWS; i += 1000) {
    const batch = Array.from({ length: 1000 }, (_, j) => ({
      id: `it_${String(i + j).padStart(7, '0')}`,
      name: `person ${rand(50_000)}`,
      stage: stages[rand(4)],
      amount: rand(10) === 0 ? null : rand(100_000),
      seenAt: rand(20) === 0 ? null : NOW - rand(365) * DAY - rand(DAY),
      custom: JSON.stringify({ tier: rand(3) === 0 ? 'gold' : 'silver' }),
    }));
    await db.insertInto('bench_items').values(batch).execute();
  }
  await db.schema
    .createIndex('bench_items_stage_seen')
    .on('bench_items')
    .columns(['stage', 'seen_at'])
    .execute();
  console.log(`seeded ${ROWS} rows + index (stage, seen_at) in ${Math.round(performance.now() - t0)} ms`);

  const clock = new ManualClock(NOW);
  const filter = {
    and: [
      { field: 'stage', op: 'eq', value: 'won' },
      { field: 'amount', op: 'gte', value: 20_000 },
      { field: 'seenAt', op: 'withinLast', value: { amount: 90, unit: 'day' } },
    ],
  };
  const scenarios: [string, { sort: string; filter?: unknown; q?: string }][] = [
    ['3 conditions, sort -seenAt', { sort: '-seenAt', filter }],
    ['3 conditions, sort amount (asc, nulls last)', { sort: 'amount', filter }],
    ['3 conditions, sort -seenAt, page 2 (cursor)', { sort: '-seenAt', filter }],
    [
      'custom field + quick search, sort name',
      { sort: 'name', q: 'person 12', filter: { field: 'custom.tier', op: 'eq', value: 'gold' } },
    ],
  ];
  for (const [label, q] of scenarios) {
    const run = (cursor?: string) =>
      runListQuery(db, {
        baseQuery: db.selectFrom('bench_items').selectAll(),
        registry: fields,
        query: { limit: 50, ...q, cursor },
        clock,
        mapRow: (r) => r,
      });
    const cursor = label.includes('page 2') ? ((await run()).nextCursor ?? undefined) : undefined;
    for (let i = 0; i < 20; i++) await run(cursor); // warm-up
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      rows = (await run(cursor)).data.length;
      times.push(performance.now() - s);
    }
    times.sort((a, b) => a - b);
    const p = (x: number) =>
      (times[Math.min(times.length - 1, Math.floor((x / 100) * times.length))] ?? 0).toFixed(2);
    console.log(`${label.padEnd(48)} rows=${rows}  p50=${p(50)} ms  p95=${p(95)} ms  p99=${p(99)} ms`);
  }
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
