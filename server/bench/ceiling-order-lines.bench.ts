/**
 * How fast can order lines go into SQLite at all on this machine? Times the two parts of an order-line
 * import that no import code can avoid, each on its own, with nothing else in the loop:
 *  1. reading: csv-parse of the orders bench CSV with the line numbers the error report needs;
 *  2. writing: prepared inserts of the rows an import writes (orders, order_lines, one `order.placed`
 *     event per order) into the migrated schema, from arrays built beforehand, in 20,000-line
 *     transactions with the import connection's pragmas (WAL, synchronous NORMAL, checkpoint every
 *     10,000 pages). Orders carry no customer (no foreign-key probe), so this is an upper bound.
 * Then the same writes with the orders/order_lines secondary indexes and the events indexes dropped,
 * to show what the indexes that lists, search and the timeline need cost per line.
 * `BENCH_ORDER_LINES=1000000 npx tsx bench/ceiling-order-lines.bench.ts` (the same CSV as
 * orders-import.bench.ts, generated if missing; BENCH_CSV for another file).
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse';
import { openDatabase, sqliteHandleOf } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { newId } from '../src/platform/ids.js';
import { orderLinesCsv } from './generate-order-lines.js';
import { rate } from './harness.js';

const N = Number(process.env.BENCH_ORDER_LINES ?? 1_000_000);
const CSV = process.env.BENCH_CSV ?? (await orderLinesCsv(N, Math.max(1, Math.floor(N / 10))));
const BATCH = 20_000;
const linesPerSecond = (lines: number, seconds: number) =>
  rate(lines, seconds * 1000).replace('/s', ' lines/s');

/**
 * Wall time and this process's CPU time since `start()`. CPU time per line is what the figure means
 * on a free core: it barely moves when other processes share the machine, where wall time does.
 */
function stopwatch() {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return { seconds: (performance.now() - t0) / 1000, cpuSeconds: (c.user + c.system) / 1e6 };
  };
}

const figures = (lines: number, t: { seconds: number; cpuSeconds: number }) =>
  `${t.seconds.toFixed(1)} s = ${linesPerSecond(lines, t.seconds)}; CPU ${((t.cpuSeconds / lines) * 1e6).toFixed(1)} µs/line = ${linesPerSecond(lines, t.cpuSeconds)} on a free core`;

async function readOnly(file: string) {
  const stop = stopwatch();
  let n = 0;
  let lastLine = 0;
  for await (const rec of fs.createReadStream(file).pipe(parse({ info: true, relax_column_count: true }))) {
    n++;
    lastLine = (rec as { info: { lines: number } }).info.lines;
  }
  return { rows: n - 1, lastLine, ...stop() };
}

type Row = (string | number | null)[];

/** The rows an import of N lines writes: ~3 lines per order, one event per order. */
function buildRows(n: number) {
  const orders: Row[] = [];
  const lines: Row[][] = [];
  const events: Row[] = [];
  const now = Date.now();
  for (let i = 0, o = 0; i < n; o++) {
    const id = newId('ord');
    const count = Math.min(1 + (o % 5), n - i);
    const ls: Row[] = [];
    for (let p = 0; p < count; p++, i++)
      ls.push([
        newId('oln'),
        id,
        p,
        null,
        `SKU-${i % 2000}`,
        `Product ${i % 2000}`,
        `Cat ${i % 40}`,
        1,
        1999,
        0,
        1999,
      ]);
    lines.push(ls);
    const ext = `O${o}`;
    orders.push([
      id,
      ext,
      ext,
      null,
      null,
      null,
      now - o * 1000,
      'paid',
      'online',
      null,
      null,
      'EUR',
      1999 * count,
      0,
      1999 * count,
      count,
      1,
      now,
      now,
    ]);
    events.push([
      newId('evt'),
      'order.placed',
      'order',
      id,
      null,
      null,
      'system',
      null,
      now,
      JSON.stringify({ number: ext, total: 1999 * count, currency: 'EUR', via: 'import' }),
    ]);
  }
  return { orders, lines, events };
}

async function writeOnly(dropIndexes: boolean) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-ceiling-'));
  const db = await openDatabase(`sqlite:${path.join(dir, 'db.sqlite')}`);
  await migrateToLatest(db);
  const h = sqliteHandleOf(db)!;
  h.pragma('wal_autocheckpoint = 10000');
  if (dropIndexes)
    for (const { name } of h
      .prepare(
        "select name from sqlite_master where type = 'index' and sql is not null and tbl_name in ('orders', 'order_lines', 'events')",
      )
      .all() as { name: string }[])
      h.exec(`drop index ${name}`);
  const ins = (table: string, cols: string) =>
    h.prepare(
      `insert into ${table} (${cols}) values (${cols
        .split(',')
        .map(() => '?')
        .join(',')})`,
    );
  const order = ins(
    'orders',
    'id,external_id,number,person_id,company_id,owner_id,ordered_at,status,channel,store_id,location,currency,subtotal,discount,total,line_count,version,created_at,updated_at',
  );
  const line = ins(
    'order_lines',
    'id,order_id,position,product_id,sku,product_name,category,quantity,unit_price,discount,total',
  );
  const event = ins(
    'events',
    'id,type,entity_type,entity_id,person_id,company_id,actor_type,actor_id,occurred_at,payload',
  );
  const { orders, lines, events } = buildRows(N);
  const stop = stopwatch();
  let inBatch = 0;
  h.exec('begin');
  for (let o = 0; o < orders.length; o++) {
    order.run(orders[o]!);
    for (const l of lines[o]!) line.run(l);
    event.run(events[o]!);
    inBatch += lines[o]!.length;
    if (inBatch >= BATCH) {
      h.exec('commit');
      h.exec('begin');
      inBatch = 0;
    }
  }
  h.exec('commit');
  const time = stop();
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
  return { orders: orders.length, ...time };
}

const read = await readOnly(CSV);
console.log(`read only: ${read.rows} lines in ${figures(read.rows, read)}`);
for (const drop of [false, true]) {
  const w = await writeOnly(drop);
  const schema = drop ? 'secondary indexes dropped' : 'full schema';
  console.log(`write only, ${schema}: ${N} lines (${w.orders} orders and events) in ${figures(N, w)}`);
}
