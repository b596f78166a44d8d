/**
 * How fast can people go into SQLite at all on this machine? Reads the people bench CSV with the
 * import's own reader (csv-parse + the API's validators: `readImportFile`) and writes each batch of
 * new people with the import's own prepared statements (person, emails, phones, external ids and one
 * `person.created` event) into two migrated databases with the 5 bench custom fields: one with the
 * full schema, one with every secondary index of people, its identity tables and events dropped
 * (what a bulk load that rebuilt them afterwards would write). Matching, merging and building the
 * rows run between the timed parts and are not counted, so each figure is an upper bound.
 * Reading, and each database's writes, are timed apart (wall and CPU time per row) in one pass, so
 * load from other processes hits all three alike.
 * `BENCH_PEOPLE=1000000 npx tsx bench/ceiling-people.bench.ts`
 */

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import { openDatabase, sqliteHandleOf } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { listFields } from '../src/modules/fields/fields.repository.js';
import { personCreatedEvent } from '../src/modules/imports/import-people.js';
import { blankPerson, mergePerson } from '../src/modules/imports/merge-person.js';
import { peopleImportStore } from '../src/modules/imports/people-store.js';
import { readImportFile } from '../src/modules/imports/read-import-file.js';
import type { Person } from '../src/modules/people/people.schemas.js';
import { withPhoneRegion } from '../src/modules/people/phone-region.js';
import { systemActor } from '../src/platform/actor.js';
import { systemClock } from '../src/platform/clock.js';
import type { NewEvent } from '../src/platform/events/append-event.js';
import { newId } from '../src/platform/ids.js';
import { createBenchFields, peopleCsv } from './generate-people.js';
import { rate } from './harness.js';

const N = Number(process.env.BENCH_PEOPLE ?? 1_000_000);
const BATCH = 5_000;

/** Accumulates wall and CPU time over the stretches it is running. */
function timer() {
  const total = { seconds: 0, cpuSeconds: 0 };
  return {
    total,
    async time<T>(fn: () => Promise<T> | T): Promise<T> {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      try {
        return await fn();
      } finally {
        const c = process.cpuUsage(c0);
        total.seconds += (performance.now() - t0) / 1000;
        total.cpuSeconds += (c.user + c.system) / 1e6;
      }
    },
  };
}

async function database(dir: string, dropIndexes: boolean) {
  const url = `sqlite:${path.join(dir, `${dropIndexes ? 'bare' : 'full'}.sqlite`)}`;
  const db = await openDatabase(url);
  await migrateToLatest(db);
  const config = loadConfig({ RAPPORT_DATA_DIR: dir, DATABASE_URL: url, LOG_LEVEL: 'silent' });
  const ctx: AppContext = { config, db, dialect: 'sqlite', clock: systemClock, secret: 'x'.repeat(32) };
  await createBenchFields(ctx);
  const h = sqliteHandleOf(db)!;
  h.pragma('wal_autocheckpoint = 10000');
  if (dropIndexes)
    for (const { name } of h
      .prepare(
        `select name from sqlite_master where type = 'index' and sql is not null
         and tbl_name in ('people', 'person_emails', 'person_phones', 'person_external_ids', 'events')`,
      )
      .all() as { name: string }[])
      h.exec(`drop index ${name}`);
  return { db, store: peopleImportStore(db), writes: timer() };
}

async function write(target: Awaited<ReturnType<typeof database>>, people: Person[], events: NewEvent[]) {
  const h = sqliteHandleOf(target.db)!;
  await target.writes.time(async () => {
    h.exec('begin');
    await target.store.insertPeople(target.db, people);
    await target.store.appendEvents(target.db, systemClock, systemActor, events);
    h.exec('commit');
  });
}

const figures = (rows: number, t: { seconds: number; cpuSeconds: number }) =>
  `${t.seconds.toFixed(1)} s = ${rate(rows, t.seconds * 1000).replace('/s', ' rows/s')}; ` +
  `CPU ${((t.cpuSeconds / rows) * 1e6).toFixed(1)} µs/row = ` +
  `${rate(rows, t.cpuSeconds * 1000).replace('/s', ' rows/s')} on a free core`;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-people-ceiling-'));
const file = await peopleCsv(N, 0);
const full = await database(dir, false);
const bare = await database(dir, true);
const defs = await listFields(full.db, 'person');
const reads = timer();
let rows = 0;
try {
  await withPhoneRegion('LV', async () => {
    const batches = readImportFile({
      entity: 'people',
      filePath: file,
      mapping: {},
      defs,
      sources: [],
      region: 'LV',
      skip: 0,
      batchSize: BATCH,
    });
    for (;;) {
      const next = await reads.time(() => batches.next());
      if (next.done) break;
      if (next.value.type !== 'batch') continue;
      const now = Date.now();
      const people = next.value.people.map((row) => mergePerson(blankPerson(newId('per'), null, now), row));
      const events = people.map(personCreatedEvent);
      rows += people.length;
      await write(full, people, events);
      await write(bare, people, events);
    }
  });
  console.log(`ceiling-people: ${rows} new people with 5 custom fields, ${BATCH} per transaction`);
  console.log(`read and validate only: ${figures(rows, reads.total)}`);
  console.log(`write only, full schema: ${figures(rows, full.writes.total)}`);
  console.log(`write only, secondary indexes dropped: ${figures(rows, bare.writes.total)}`);
} finally {
  await full.db.destroy();
  await bare.db.destroy();
  fs.rmSync(dir, { recursive: true, force: true });
}
