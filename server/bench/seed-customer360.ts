/**
 * A Customer 360 dataset for the read benchmarks, written straight into the tables (not through the
 * import, which takes minutes per 100,000 rows): N people (default 1,000,000) with the five custom
 * fields of `generate-people.ts`, N / 10 companies, one company link, email, phone, external id and
 * `person.created` event per person; then ANALYZE. Seeded once and reused:
 * - SQLite: `$TMPDIR/rapport-c360-<N>.sqlite`; a run works on a copy (`copySeededSqlite`).
 * - PostgreSQL: database `rapport_c360_<N>`; a run works on `create database … template …`.
 *
 * `npx tsx bench/seed-customer360.ts [sqlite|postgres] [N]`
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { loadConfig } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import { type Dialect, openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { ManualClock } from '../src/platform/clock.js';
import { createBenchFields } from './generate-people.js';

export const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
/** Creation times: one second apart per 50 people (ties, like rows written in one import batch). */
export const SEED_T0 = Date.UTC(2025, 0, 1);

const FIRST = ['Anna', 'Jānis', 'Olga', 'Pēteris', 'Marta', 'Ivan', 'Laura', 'Dmitry', 'Elīna', 'Kārlis'];
const FIRST2 = ['Sofia', 'Max'];
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
const COMPANY_WORDS = ['Baltic', 'Nordic', 'Amber', 'Riga', 'Daugava', 'Vidzeme', 'Kurzeme', 'Latgale'];
const COMPANY_KINDS = ['Logistics', 'Foods', 'Software', 'Timber', 'Textiles', 'Energy', 'Media'];
export const BENCH_OWNERS = 20;

const key = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const pad = (x: number) => String(x).padStart(2, '0');
export const personId = (i: number) => `per_01JBENCH${String(i).padStart(18, '0')}`;
export const companyId = (i: number) => `com_01JBENCH${String(i).padStart(18, '0')}`;

function rng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Rows {
  people: unknown[][];
  emails: unknown[][];
  phones: unknown[][];
  ext: unknown[][];
  links: unknown[][];
  events: unknown[][];
}

const PEOPLE_COLS = [
  'id',
  'first_name',
  'last_name',
  'search_name',
  'search_name_rev',
  'email',
  'phone',
  'birthday',
  'language',
  'address',
  'tags',
  'owner_id',
  'lifecycle_stage',
  'source',
  'custom',
  'version',
  'created_at',
  'updated_at',
];
const TABLES: [keyof Rows, string, string[]][] = [
  ['people', 'people', PEOPLE_COLS],
  ['emails', 'person_emails', ['person_id', 'email', 'is_primary', 'position']],
  ['phones', 'person_phones', ['person_id', 'phone', 'is_primary', 'position']],
  ['ext', 'person_external_ids', ['person_id', 'source', 'external_id']],
  ['links', 'person_companies', ['person_id', 'company_id', 'role', 'created_at']],
  [
    'events',
    'events',
    ['id', 'type', 'entity_type', 'entity_id', 'person_id', 'actor_type', 'occurred_at', 'payload'],
  ],
];

/** People [from, to) as column arrays per table (deterministic per index, so batches are independent). */
function peopleBatch(from: number, to: number, companies: number): Rows {
  const out: Rows = { people: [], emails: [], phones: [], ext: [], links: [], events: [] };
  for (let i = from; i < to; i++) {
    const r = rng(1_000_003 * (i + 1));
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)] as T;
    const first = r() < 0.1 ? pick(FIRST2) : pick(FIRST);
    const last = pick(LAST);
    const id = personId(i);
    const email = `p${i}.${i % 97}@example.com`;
    const phone = `+371${20000000 + i}`;
    const created = SEED_T0 + Math.floor(i / 50) * 1000;
    const custom = {
      score: Math.floor(r() * 1000),
      tier: pick(['bronze', 'silver', 'gold']),
      vip: r() < 0.1,
      signup_date: `20${10 + Math.floor(r() * 16)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`,
      notes: `note ${i}`,
    };
    out.people.push([
      id,
      first,
      last,
      key(`${first} ${last}`),
      key(`${last} ${first}`),
      email,
      phone,
      `${1950 + Math.floor(r() * 55)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`,
      'lv',
      JSON.stringify({ city: pick(CITIES), country: 'LV' }),
      '[]',
      `usr_bench${i % BENCH_OWNERS}`,
      'customer',
      'other',
      JSON.stringify(custom),
      1,
      created,
      created,
    ]);
    out.emails.push([id, email, 1, 0]);
    out.phones.push([id, phone, 1, 0]);
    out.ext.push([id, 'crm', `ext-${i}`]);
    out.links.push([id, companyId(i % companies), 'employee', created]);
    out.events.push([
      `evt_01JBENCH${String(i).padStart(18, '0')}`,
      'person.created',
      'person',
      id,
      id,
      'system',
      created,
      '{}',
    ]);
  }
  return out;
}

function companyRow(i: number): unknown[] {
  const name = `${COMPANY_WORDS[i % COMPANY_WORDS.length]} ${COMPANY_KINDS[Math.floor(i / 8) % COMPANY_KINDS.length]} ${i}`;
  const created = SEED_T0 + i * 100;
  return [companyId(i), name, key(name), '[]', '{}', 1, created, created, `usr_bench${i % BENCH_OWNERS}`];
}
const COMPANY_COLS = [
  'id',
  'name',
  'search_name',
  'tags',
  'custom',
  'version',
  'created_at',
  'updated_at',
  'owner_id',
];

/** Migrates and creates the five bench custom fields (with their expression indexes). */
async function migrateWithFields(dialect: Dialect, url: string, dir: string) {
  const db = await openDatabase(url);
  await migrateToLatest(db);
  const config = loadConfig({ RAPPORT_DATA_DIR: dir, DATABASE_URL: url, LOG_LEVEL: 'silent' });
  const ctx: AppContext = { config, db, dialect, clock: new ManualClock(SEED_T0), secret: 'x'.repeat(32) };
  await createBenchFields(ctx);
  await db.destroy();
}

export function seededSqlitePath(n: number) {
  return path.join(os.tmpdir(), `rapport-c360-${n}.sqlite`);
}
export const seededPgDatabase = (n: number) => `rapport_c360_${n}`;

async function seedSqlite(n: number) {
  const file = seededSqlitePath(n);
  const tmp = `${file}.partial`;
  for (const f of [tmp, `${tmp}-wal`, `${tmp}-shm`]) fs.rmSync(f, { force: true });
  await migrateWithFields('sqlite', `sqlite:${tmp}`, os.tmpdir());
  const db = new SQLite(tmp);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -1000000');
  const insert = (table: string, cols: string[]) =>
    db.prepare(`insert into ${table} (${cols.join(', ')}) values (${cols.map(() => '?').join(', ')})`);
  const companies = Math.max(1, Math.floor(n / 10));
  const ic = insert('companies', COMPANY_COLS);
  db.transaction(() => {
    for (let i = 0; i < companies; i++) ic.run(companyRow(i));
  })();
  const stmts = TABLES.map(([k, t, cols]) => [k, insert(t, cols)] as const);
  for (let i = 0; i < n; i += 10_000) {
    const b = peopleBatch(i, Math.min(n, i + 10_000), companies);
    db.transaction(() => {
      for (const [k, s] of stmts) for (const row of b[k]) s.run(row);
    })();
    if (i % 100_000 === 0) console.log(`  sqlite: ${i} people`);
  }
  db.exec('analyze');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  fs.renameSync(tmp, file);
  return file;
}

async function pgAdmin(q: string) {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL });
  await c.connect();
  try {
    return await c.query(q);
  } finally {
    await c.end();
  }
}

export function pgUrlFor(database: string) {
  const u = new URL(PG_ADMIN_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

async function pgDatabaseExists(name: string) {
  return (await pgAdmin(`select 1 from pg_database where datname = '${name}'`)).rowCount === 1;
}

async function seedPostgres(n: number) {
  const name = seededPgDatabase(n);
  const partial = `${name}_partial`;
  await pgAdmin(`drop database if exists ${partial}`);
  await pgAdmin(`create database ${partial}`);
  const url = pgUrlFor(partial);
  await migrateWithFields('postgres', url, os.tmpdir());
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query('set synchronous_commit = off');
  // One multi-row insert per table and batch: unnest of one array per column.
  const insert = async (table: string, cols: string[], rows: unknown[][]) => {
    const arrays = cols.map((_, j) => rows.map((r) => r[j]));
    const types = cols.map((_, j) => (typeof rows[0]?.[j] === 'number' ? 'bigint[]' : 'text[]'));
    const casts = cols.map((col, j) =>
      ['address', 'tags', 'custom', 'payload'].includes(col) ? `c${j}::jsonb` : `c${j}`,
    );
    await c.query(
      `insert into ${table} (${cols.join(', ')}) select ${casts.join(', ')} from unnest(${types
        .map((t, j) => `$${j + 1}::${t}`)
        .join(', ')}) as u(${cols.map((_, j) => `c${j}`).join(', ')})`,
      arrays,
    );
  };
  const companies = Math.max(1, Math.floor(n / 10));
  for (let i = 0; i < companies; i += 10_000) {
    const rows = Array.from({ length: Math.min(companies, i + 10_000) - i }, (_, j) => companyRow(i + j));
    await insert('companies', COMPANY_COLS, rows);
  }
  for (let i = 0; i < n; i += 10_000) {
    const b = peopleBatch(i, Math.min(n, i + 10_000), companies);
    await c.query('begin');
    for (const [k, t, cols] of TABLES) await insert(t, cols, b[k]);
    await c.query('commit');
    if (i % 100_000 === 0) console.log(`  postgres: ${i} people`);
  }
  await c.query('vacuum analyze');
  await c.end();
  await pgAdmin(`alter database ${partial} rename to ${name}`);
  return name;
}

/** The seeded dataset for `dialect` at size n, seeding it first when missing. */
export async function ensureSeeded(dialect: Dialect, n: number): Promise<string> {
  const t0 = performance.now();
  let where: string;
  if (dialect === 'sqlite') {
    where = seededSqlitePath(n);
    if (fs.existsSync(where)) return where;
    await seedSqlite(n);
  } else {
    where = seededPgDatabase(n);
    if (await pgDatabaseExists(where)) return where;
    await seedPostgres(n);
  }
  console.log(`seeded ${n} people on ${dialect} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  return where;
}

/** A fresh working copy of the seeded data; returns its DATABASE_URL and a cleanup. */
export async function workingCopy(dialect: Dialect, n: number, dir: string) {
  const seeded = await ensureSeeded(dialect, n);
  if (dialect === 'sqlite') {
    const file = path.join(dir, 'bench.sqlite');
    fs.copyFileSync(seeded, file);
    return { url: `sqlite:${file}`, drop: async () => {} };
  }
  const run = `${seeded}_run`;
  await pgAdmin(`drop database if exists ${run}`);
  await pgAdmin(`create database ${run} template ${seeded}`);
  return { url: pgUrlFor(run), drop: () => pgAdmin(`drop database if exists ${run}`).then(() => {}) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dialect = (process.argv[2] ?? 'sqlite') as Dialect;
  const n = Number(process.argv[3] ?? process.env.BENCH_PEOPLE ?? 1_000_000);
  console.log(`${dialect}: ${await ensureSeeded(dialect, n)}`);
}
