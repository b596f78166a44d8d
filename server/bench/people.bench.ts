/**
 * Customer 360 at scale on SQLite: seeds PEOPLE (default 1,000,000) people with 1–2 emails, a phone
 * and two custom fields, then times the real code paths (listPeople, findPerson) page by page.
 * Run: `cd server && npx tsx bench/people.bench.ts` (BENCH_PEOPLE=200000 for a quicker run).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Insertable } from 'kysely';
import type { AppContext } from '../src/context.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { insertField } from '../src/modules/fields/fields.repository.js';
import type { FieldDefinition } from '../src/modules/fields/fields.schemas.js';
import { syncFieldIndex } from '../src/modules/fields/manage-field-index.js';
import { listPeople } from '../src/modules/people/list-people.js';
import { findPerson } from '../src/modules/people/people.repository.js';
import type {
  PeopleTable,
  PersonEmailsTable,
  PersonPhonesTable,
} from '../src/modules/people/people.table.js';
import type { Principal } from '../src/platform/auth/principal.js';
import { ManualClock } from '../src/platform/clock.js';
import { listQuerySchema } from '../src/platform/lists/list-query.schema.js';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const FIRST = ['anna', 'jānis', 'olga', 'ivan', 'līga', 'pēteris', 'maria', 'dmitry', 'elīna', 'kārlis'];
const LAST = ['bērziņa', 'kalniņš', 'ozola', 'petrov', 'smirnova', 'liepa', 'krūmiņš', 'ivanova'];

const principal = (scope: Principal['scope'], userId = 'usr_0'): Principal => ({
  kind: 'user',
  id: userId,
  userId,
  role: scope === 'all' ? 'admin' : 'manager',
  scope,
  teamIds: [],
  permissions: [],
});

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-people-bench-'));
  const db = await openDatabase(`sqlite:${path.join(dir, 'bench.sqlite')}`);
  await migrateToLatest(db);
  const clock = new ManualClock(Date.UTC(2026, 0, 5));
  const ctx = { db, dialect: 'sqlite', clock } as unknown as AppContext;
  const t0 = performance.now();
  const cap = (s: string) => s[0]?.toUpperCase() + s.slice(1);
  for (let i = 0; i < PEOPLE; i += 1000) {
    const rows: Insertable<PeopleTable>[] = [];
    const emails: PersonEmailsTable[] = [];
    const phones: PersonPhonesTable[] = [];
    for (let j = i; j < Math.min(PEOPLE, i + 1000); j++) {
      const id = `per_${String(j).padStart(8, '0')}`;
      const first = FIRST[j % FIRST.length] as string;
      const last = `${LAST[(j * 7) % LAST.length]}${j % 1000}`;
      const email = `${first}.${last}.${j}@example.lv`.normalize('NFKD').replace(/\p{M}/gu, '');
      const phone = `+3712${String(j).padStart(7, '0')}`;
      rows.push({
        id,
        firstName: cap(first),
        lastName: cap(last),
        middleName: null,
        searchName: `${first} ${last}`,
        searchNameRev: `${last} ${first}`,
        email,
        phone,
        birthday: null,
        gender: null,
        language: 'lv',
        timeZone: 'Europe/Riga',
        address: null,
        tags: '[]',
        ownerId: `usr_${j % 50}`,
        lifecycleStage: 'customer',
        source: 'website',
        preferredChannel: 'email',
        custom: JSON.stringify({ tier: j % 3 === 0 ? 'gold' : 'silver', score: j % 997 }),
        version: 1,
        createdAt: clock.now() - (PEOPLE - j) * 1000,
        updatedAt: clock.now(),
      });
      emails.push({ personId: id, email, isPrimary: 1, position: 0 });
      if (j % 2 === 0)
        emails.push({ personId: id, email: `w${j}@corp.example.com`, isPrimary: 0, position: 1 });
      phones.push({ personId: id, phone, isPrimary: 1, position: 0 });
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('people').values(rows).execute();
      await trx.insertInto('personEmails').values(emails).execute();
      await trx.insertInto('personPhones').values(phones).execute();
    });
  }
  const now = clock.now();
  const def = (key: string, type: 'select' | 'number', options: string[]): FieldDefinition => ({
    id: `fld_${key}`,
    entity: 'person',
    key,
    type,
    label: { en: key },
    required: false,
    default: null,
    options: options.map((value) => ({ value, label: { en: value } })),
    indexed: true,
    archived: false,
    position: 0,
    createdAt: now,
    updatedAt: now,
  });
  for (const d of [def('tier', 'select', ['gold', 'silver']), def('score', 'number', [])]) {
    await insertField(db, d);
    await syncFieldIndex(db, d);
  }
  console.log(
    `seeded ${PEOPLE} people (+emails, phones, 2 indexed custom fields) in ${Math.round(performance.now() - t0)} ms`,
  );

  const mid = Math.floor(PEOPLE / 4) * 2; // even: has a work email
  const gold = JSON.stringify({ field: 'custom.tier', op: 'eq', value: 'gold' });
  const scenarios: [string, Principal, Record<string, string>][] = [
    ['default page (newest first)', principal('all'), {}],
    ['manager (own scope), newest first', principal('own', 'usr_7'), {}],
    ['q = name prefix "olga smi"', principal('all'), { q: 'olga smi' }],
    ['q = one common word "olga" (1 in 10 people)', principal('all'), { q: 'olga' }],
    ['q = email prefix', principal('all'), { q: `w${mid}@corp` }],
    ['q = phone (local digits)', principal('all'), { q: `2${String(mid).padStart(7, '0')}` }],
    [
      'filter custom.tier = gold, sort -custom.score',
      principal('all'),
      { filter: gold, sort: '-custom.score' },
    ],
    ['sort lastName', principal('all'), { sort: 'lastName' }],
  ];
  for (const [label, p, q] of scenarios) {
    const query = listQuerySchema.parse({ limit: '50', ...q });
    for (let i = 0; i < 10; i++) await listPeople(ctx, p, query);
    const times: number[] = [];
    let rows = 0;
    for (let i = 0; i < RUNS; i++) {
      const s = performance.now();
      rows = (await listPeople(ctx, p, query)).data.length;
      times.push(performance.now() - s);
    }
    report(label, rows, times);
  }
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const s = performance.now();
    await findPerson(db, principal('all'), `per_${String((i * 4999) % PEOPLE).padStart(8, '0')}`);
    times.push(performance.now() - s);
  }
  report('get by id (with emails, phones, ids)', 1, times);
  await db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}

function report(label: string, rows: number, times: number[]) {
  times.sort((a, b) => a - b);
  const p = (x: number) =>
    (times[Math.min(times.length - 1, Math.floor((x / 100) * times.length))] ?? 0).toFixed(2);
  console.log(
    `${label.padEnd(48)} rows=${String(rows).padStart(2)}  p50=${p(50)} ms  p95=${p(95)} ms  p99=${p(99)} ms`,
  );
}

await main();
