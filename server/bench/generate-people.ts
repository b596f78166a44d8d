/**
 * Writes a CSV of N synthetic people (default 1,000,000) with 5 custom-field columns, from a seeded
 * generator so every run imports the same data.
 *
 * `npx tsx bench/generate-people.ts out.csv [N]`, or import `generatePeopleCsv` from a benchmark.
 */

import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AppContext } from '../src/context.js';
import { createField } from '../src/modules/fields/create-field.js';
import { systemActor } from '../src/platform/actor.js';

export const BENCH_FIELDS = [
  { key: 'score', type: 'number', indexed: true },
  { key: 'tier', type: 'select', options: ['bronze', 'silver', 'gold'], indexed: true },
  { key: 'vip', type: 'boolean' },
  { key: 'signup_date', type: 'date' },
  { key: 'notes', type: 'text' },
] as const;

const FIRST = [
  'Anna',
  'Jānis',
  'Olga',
  'Pēteris',
  'Marta',
  'Ivan',
  'Laura',
  'Dmitry',
  'Elīna',
  'Kārlis',
  'Sofia',
  'Max',
];
const LAST = [
  'Bērziņa',
  'Ozols',
  'Ivanova',
  'Kalniņš',
  'Liepa',
  'Petrov',
  'Smith',
  'Krūmiņa',
  'Novak',
  'Lee',
];
const CITIES = ['Riga', 'Daugavpils', 'Liepāja', 'Jelgava', 'Tallinn', 'Vilnius'];

/** mulberry32: tiny, fast, seeded. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const PEOPLE_HEADER = [
  'External ID',
  'First Name',
  'Last Name',
  'Email',
  'Phone',
  'Birthday',
  'City',
  'Country',
  'custom.score',
  'custom.tier',
  'custom.vip',
  'custom.signup_date',
  'custom.notes',
];

/** `offset` shifts ids, emails and phones so a second file adds new people instead of matching. */
export async function generatePeopleCsv(file: string, n: number, seed = 42, offset = 0): Promise<void> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const pad = (x: number) => String(x).padStart(2, '0');
  const out = fs.createWriteStream(file);
  out.write(`${PEOPLE_HEADER.join(',')}\n`);
  for (let i = offset; i < offset + n; i++) {
    const first = pick(FIRST);
    const last = pick(LAST);
    const row = [
      `ext-${i}`,
      first,
      last,
      `p${i}.${i % 97}@example.com`,
      `+371${20000000 + i}`,
      `${1950 + Math.floor(r() * 55)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`,
      pick(CITIES),
      'LV',
      String(Math.floor(r() * 1000)),
      pick(['bronze', 'silver', 'gold']),
      r() < 0.1 ? 'true' : 'false',
      `20${10 + Math.floor(r() * 16)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`,
      `note ${i}`,
    ];
    if (!out.write(`${row.join(',')}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** The bench CSV of `n` people from `offset` in the temp directory, generated if not there yet. */
export async function peopleCsv(n: number, offset = 0): Promise<string> {
  const file = path.join(os.tmpdir(), `rapport-bench-people-${n}-${offset}.csv`);
  if (!fs.existsSync(file)) await generatePeopleCsv(file, n, 42 + offset, offset);
  return file;
}

/** Defines the five bench custom fields on people (the indexed ones get their expression indexes). */
export async function createBenchFields(ctx: AppContext): Promise<void> {
  for (const f of BENCH_FIELDS) {
    const options = 'options' in f ? f.options.map((v) => ({ value: v, label: { en: v } })) : [];
    await createField(ctx, systemActor, {
      entity: 'person',
      key: f.key,
      label: { en: f.key },
      type: f.type,
      required: false,
      indexed: 'indexed' in f && f.indexed,
      position: 0,
      options,
    });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'people.csv';
  const n = Number(process.argv[3] ?? process.env.BENCH_PEOPLE ?? 1_000_000);
  await generatePeopleCsv(file, n);
  console.log(`Wrote ${n} people to ${file}`);
}
