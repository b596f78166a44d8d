/**
 * The order-line benchmarks' CSV: `n` lines, 1–5 per order, `customers` distinct customers, 2,000 SKUs
 * in 40 categories; seeded (mulberry32), so every run imports the same file. Written once per size
 * to the temp directory and reused.
 */
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

function rng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function generate(file: string, n: number, customers: number) {
  const r = rng(7);
  const out = fs.createWriteStream(file);
  out.write(
    'order_id,customer_external_id,ordered_at,sku,product_name,category,quantity,unit_price,currency,channel,status\n',
  );
  const channels = ['online', 'store', 'pos', 'phone'];
  let written = 0;
  for (let o = 1; written < n; o++) {
    const customer = 1 + Math.floor(r() * customers);
    const at = 1_767_225_600_000 + o * 60_000;
    const lines = Math.min(n - written, 1 + Math.floor(r() * 5));
    for (let i = 0; i < lines; i++, written++) {
      const sku = Math.floor(r() * 2000);
      const row = `O${o},C${customer},${at},SKU-${sku},Product ${sku},Category ${sku % 40},${1 + Math.floor(r() * 3)},${(1 + Math.floor(r() * 9999)) / 100},EUR,${channels[o % 4]},paid\n`;
      if (!out.write(row)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
}

/** The path of the CSV for `n` lines and `customers` customers, generated if it is not there yet. */
export async function orderLinesCsv(n: number, customers: number): Promise<string> {
  const file = path.join(os.tmpdir(), `rapport-bench-orders-${n}-${customers}.csv`);
  if (!fs.existsSync(file)) await generate(file, n, customers);
  return file;
}
