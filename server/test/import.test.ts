import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createField } from '../src/modules/fields/create-field.js';
import type { CreateFieldInput } from '../src/modules/fields/fields.schemas.js';
import { createImport } from '../src/modules/imports/create-import.js';
import { delimiterOf } from '../src/modules/imports/csv-delimiter.js';
import { IMPORT_FIELDS, mapHeaders } from '../src/modules/imports/header-mapping.js';
import { importJobHandler } from '../src/modules/imports/import.job.js';
import { cancelImport } from '../src/modules/imports/imports.repository.js';
import { validatePersonRow } from '../src/modules/imports/row-validator.js';
import { runImport } from '../src/modules/imports/run-import.js';
import { saveUpload } from '../src/modules/imports/save-upload.js';
import { spawnImportWorker } from '../src/modules/imports/spawn-import-worker.js';
import { systemActor } from '../src/platform/actor.js';
import { AppError } from '../src/platform/errors.js';
import { newId } from '../src/platform/ids.js';
import { claimJobs } from '../src/platform/jobs/claim-jobs.js';
import { JobRunner } from '../src/platform/jobs/job-runner.js';
import { getJob } from '../src/platform/jobs/jobs.repository.js';
import { as, createKey, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

const field = (key: string, type: CreateFieldInput['type'], options: string[] = []): CreateFieldInput => ({
  entity: 'person',
  key,
  label: { en: key.replace('_', ' ') },
  type,
  required: false,
  indexed: false,
  position: 0,
  options: options.map((v) => ({ value: v, label: { en: v } })),
});

const MIXED = [
  'First Name,Last Name,Email,Phone,Birthday,custom.score,Tier',
  'Anna,Ozola,anna@example.com,+371 20000001,1990-05-17,10,gold', // 2 good
  'Bad,Email,not-an-email,+37120000002,,,', // 3 bad email
  'Carl,Phone,carl@example.com,12,,,', // 4 bad phone
  'Dina,Date,dina@example.com,,1990-13-40,,', // 5 bad date
  'Eva,Custom,eva@example.com,,,ten,', // 6 bad custom number
  'Fred,Ok,FRED@example.com,20000003,,,silver', // 7 good (local phone → +371)
  'Gus,Tier,gus@example.com,,,,platinum', // 8 bad select
  'Hana,Ok,hana@example.com,,,3,', // 9 good
].join('\n');

describeEachDialect('CSV import', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let runner: JobRunner;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    await createField(t, systemActor, field('score', 'number'));
    await createField(t, systemActor, field('tier', 'select', ['gold', 'silver']));
    runner = new JobRunner(t, [importJobHandler], { owner: 'w1', schedules: false });
  }, 30_000);
  afterAll(() => t.close());

  /** Writes `csv` and runs it as the durable job would; returns the import row. */
  async function importCsv(csv: string, mapping?: Record<string, string>) {
    const id = newId('imp');
    const filePath = path.join(t.config.dataDir, `${id}.csv`);
    fs.writeFileSync(filePath, csv);
    const { jobId } = await createImport(t, {
      id,
      entity: 'people',
      filePath,
      mapping,
      ownerId: null,
      actor: systemActor,
    });
    const ran = await runner.tick();
    expect(ran.map((j) => j.id)).toEqual([jobId]);
    const job = await getJob(t.db, jobId!);
    expect(job?.status).toBe('done');
    return {
      imp: await t.db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow(),
      job: job!,
    };
  }
  const events = (type: string) =>
    t.db.selectFrom('events').select('personId').where('type', '=', type).execute();

  it('imports the good rows and reports each bad row by line and column', async () => {
    const { imp, job } = await importCsv(MIXED);
    expect(imp).toMatchObject({
      status: 'done',
      created: 3,
      updated: 0,
      unchanged: 0,
      failed: 5,
      rowsDone: 8,
    });
    expect(job.progressDone).toBe(8);
    expect(job.progressTotal).toBe(8);
    const errors = await t.db
      .selectFrom('importErrors')
      .selectAll()
      .where('importId', '=', imp.id)
      .orderBy('line')
      .execute();
    expect(errors.map((e) => [e.line, e.columnName])).toEqual([
      [3, 'Email'],
      [4, 'Phone'],
      [5, 'Birthday'],
      [6, 'custom.score'],
      [8, 'Tier'],
    ]);
    expect(errors[0]!.reason).toBe('is not a valid email address');
    const fred = await t.db
      .selectFrom('people')
      .selectAll()
      .where('email', '=', 'fred@example.com')
      .executeTakeFirstOrThrow();
    expect(fred.phone).toBe('+37120000003');
    const anna = await t.db
      .selectFrom('people')
      .selectAll()
      .where('email', '=', 'anna@example.com')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(typeof anna.custom === 'string' ? anna.custom : JSON.stringify(anna.custom))).toEqual({
      score: 10,
      tier: 'gold',
    });
    expect(anna.birthday).toBe('1990-05-17');
    // The timeline reads the event log: every imported person has their person.created event.
    expect((await events('person.created')).map((e) => e.personId).sort()).toContain(anna.id);
    expect(await events('person.created')).toHaveLength(3);
  });

  it('re-importing the same file changes nothing and writes no events', async () => {
    const before = (await t.db.selectFrom('events').select('seq').execute()).length;
    const { imp } = await importCsv(MIXED);
    expect(imp).toMatchObject({ created: 0, updated: 0, unchanged: 3, failed: 5 });
    const after = (await t.db.selectFrom('events').select('seq').execute()).length;
    expect(after - before).toBe(1); // only import.created
    expect(await t.db.selectFrom('people').select('id').execute()).toHaveLength(3);
  });

  it('updates the person matched by email and writes person.updated', async () => {
    const { imp } = await importCsv(
      'E-mail Address,Last Name,Mobile Phone\nANNA@example.com,Kalnina,+37120009999\n',
    );
    expect(imp).toMatchObject({ created: 0, updated: 1, unchanged: 0, failed: 0 });
    const anna = await t.db
      .selectFrom('people')
      .selectAll()
      .where('email', '=', 'anna@example.com')
      .executeTakeFirstOrThrow();
    expect(anna).toMatchObject({ firstName: 'Anna', lastName: 'Kalnina', phone: '+37120000001', version: 2 });
    const phones = await t.db
      .selectFrom('personPhones')
      .select('phone')
      .where('personId', '=', anna.id)
      .execute();
    expect(phones.map((p) => p.phone).sort()).toEqual(['+37120000001', '+37120009999']);
    const upd = await t.db
      .selectFrom('events')
      .select(['personId', 'payload'])
      .where('type', '=', 'person.updated')
      .execute();
    expect(upd.map((e) => e.personId)).toEqual([anna.id]);
  });

  it('matches by external id before email (HubSpot Record ID) and then by phone', async () => {
    const hub = 'Record ID,First Name,Last Name,Email,Phone Number,Company Name\n';
    const first = await importCsv(`${hub}901,Ivo,Liepa,ivo@example.com,+37120001111,Ivo Works\n`);
    expect(first.imp.created).toBe(1);
    const again = await importCsv(`${hub}901,Ivo,Liepins,ivo.new@example.com,,Ivo Works\n`);
    expect(again.imp).toMatchObject({ created: 0, updated: 1 });
    const byPhone = await importCsv('Given Name,Phone 1 - Value\nIvo,20001111\n');
    expect(byPhone.imp).toMatchObject({ created: 0, updated: 0, unchanged: 1 });
    const ivo = await t.db.selectFrom('people').selectAll().where('searchName', '=', 'ivo liepins').execute();
    expect(ivo).toHaveLength(1);
    const ext = await t.db
      .selectFrom('personExternalIds')
      .selectAll()
      .where('personId', '=', ivo[0]!.id)
      .execute();
    expect(ext).toEqual([{ personId: ivo[0]!.id, source: 'hubspot', externalId: '901' }]);
  });

  it('--map overrides the automatic mapping and can ignore a column', async () => {
    const { imp } = await importCsv('Vorname,Mail,Tier\nJana,jana@example.com,bronze\n', {
      Vorname: 'firstName',
      Mail: 'email',
      Tier: '-',
    });
    expect(imp).toMatchObject({ created: 1, failed: 0 });
    const jana = await t.db
      .selectFrom('people')
      .selectAll()
      .where('email', '=', 'jana@example.com')
      .executeTakeFirstOrThrow();
    expect(jana.firstName).toBe('Jana');
  });

  it('links people to the company their row names, found by name or created; a re-import changes nothing', async () => {
    const pharma = (
      await as(t, admin, { method: 'POST', url: '/api/v1/companies', payload: { name: 'Baltic Pharma' } })
    ).json();
    const csv = [
      'First Name,Last Name,E-mail Address,Company,Job Title',
      'Inga,Kalna,inga@udens.lv,Rīgas Ūdens,Engineer',
      'Oskars,Lapa,oskars@udens.lv,RIGAS UDENS,',
      'Pēteris,Zars,peteris@pharma.lv,BALTIC PHARMA,Buyer',
    ].join('\n');
    const linkCount = async () =>
      (await t.db.selectFrom('events').select('id').where('type', '=', 'person.company_linked').execute())
        .length;
    const before = await linkCount();
    expect((await importCsv(csv)).imp).toMatchObject({ created: 3, failed: 0 });
    const udens = await t.db
      .selectFrom('companies')
      .selectAll()
      .where('searchName', '=', 'rigas udens')
      .execute();
    // One company for both spellings, named as the first row wrote it.
    expect(udens.map((c) => c.name)).toEqual(['Rīgas Ūdens']);
    const links = await t.db
      .selectFrom('personCompanies')
      .innerJoin('personEmails', 'personEmails.personId', 'personCompanies.personId')
      .select(['personEmails.email', 'personCompanies.companyId', 'personCompanies.role'])
      .where('personEmails.email', 'in', ['inga@udens.lv', 'oskars@udens.lv', 'peteris@pharma.lv'])
      .orderBy('personEmails.email')
      .execute();
    expect(links).toEqual([
      { email: 'inga@udens.lv', companyId: udens[0]!.id, role: 'Engineer' },
      { email: 'oskars@udens.lv', companyId: udens[0]!.id, role: null },
      { email: 'peteris@pharma.lv', companyId: pharma.id, role: 'Buyer' },
    ]);
    expect(await linkCount()).toBe(before + 3);
    const people = (await as(t, admin, { url: `/api/v1/companies/${pharma.id}/people` })).json();
    expect(
      people.data.map((l: { role: string; person: { firstName: string } }) => [l.person.firstName, l.role]),
    ).toEqual([['Pēteris', 'Buyer']]);

    expect((await importCsv(csv)).imp).toMatchObject({ created: 0, unchanged: 3 });
    expect(await linkCount()).toBe(before + 3);
    expect(
      await t.db.selectFrom('companies').select('id').where('searchName', '=', 'rigas udens').execute(),
    ).toHaveLength(1);
    // A new title for a known link changes its role, once.
    await importCsv(csv.replace('Engineer', 'Chief engineer'));
    const inga = await t.db
      .selectFrom('personCompanies')
      .select('role')
      .where('companyId', '=', udens[0]!.id)
      .where('role', 'is not', null)
      .execute();
    expect(inga).toEqual([{ role: 'Chief engineer' }]);
    expect(await linkCount()).toBe(before + 4);
  });

  it('imports companies: matched by domain, then name; bad website reported', async () => {
    const csv =
      'Company Name,Website,Industry\nAcme,https://www.acme.example,Retail\nBeta,not a url,\nGamma,,Food\n';
    const run = async (body: string) => {
      const id = newId('imp');
      const filePath = path.join(t.config.dataDir, `${id}.csv`);
      fs.writeFileSync(filePath, body);
      await createImport(t, { id, entity: 'companies', filePath, ownerId: null, actor: systemActor });
      await runner.tick();
      return t.db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    };
    expect(await run(csv)).toMatchObject({ status: 'done', created: 2, failed: 1 });
    expect(await run(csv)).toMatchObject({ created: 0, updated: 0, unchanged: 2, failed: 1 });
    expect(await run('Name,Domain,Industry\nACME Renamed,acme.example,Retail\n')).toMatchObject({
      updated: 1,
    });
    const acme = await t.db
      .selectFrom('companies')
      .selectAll()
      .where('domain', '=', 'acme.example')
      .execute();
    expect(acme.map((c) => c.name)).toEqual(['ACME Renamed']);
    const err = await t.db.selectFrom('importErrors').selectAll().where('reason', 'like', '%URL%').execute();
    expect(err.map((e) => [e.line, e.columnName])).toEqual([
      [3, 'Website'],
      [3, 'Website'],
    ]);
  });

  it('a job claimed by a worker that died is run by the next worker after the lease', async () => {
    const id = newId('imp');
    const filePath = path.join(t.config.dataDir, `${id}.csv`);
    fs.writeFileSync(filePath, 'First Name,Email\nLazarus,lazarus@example.com\n');
    const { jobId } = await createImport(t, {
      id,
      entity: 'people',
      filePath,
      ownerId: null,
      actor: systemActor,
    });
    const claimed = await claimJobs(t.db, t.clock, {
      owner: 'dies',
      types: ['import.run'],
      limit: 5,
      leaseMs: 60_000,
    });
    expect(claimed.map((j) => j.id)).toEqual([jobId]);
    expect(await runner.tick()).toEqual([]); // leased by the dead worker
    t.clock.advance(61_000);
    expect((await runner.tick()).map((j) => j.id)).toEqual([jobId]);
    expect((await getJob(t.db, jobId!))?.status).toBe('done');
    const imp = await t.db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(imp).toMatchObject({ status: 'done', created: 1 });
  });

  it('POST /api/v1/imports streams the CSV to disk; status and errors.csv follow the job', async () => {
    for (const who of [admin, (await createKey(t, admin, 'admin')).key]) {
      const email = typeof who === 'string' ? 'key' : 'session';
      const csv = `First Name,Email\nApi,api.${email}@example.com\nBroken,broken@\n`;
      const res = await as(t, who, {
        method: 'POST',
        url: '/api/v1/imports?entity=people',
        headers: { 'content-type': 'text/csv' },
        payload: csv,
      });
      expect(res.statusCode).toBe(202);
      const { id, status, jobId } = res.json();
      expect(status).toBe('queued');
      expect(jobId).toMatch(/^job_/);
      await runner.tick();
      const got = await as(t, who, { url: `/api/v1/imports/${id}` });
      expect(got.json()).toMatchObject({
        status: 'done',
        progress: { done: 2, total: 2 },
        counts: { created: 1, updated: 0, unchanged: 0, failed: 1 },
      });
      const errs = await as(t, who, { url: `/api/v1/imports/${id}/errors.csv` });
      expect(errs.headers['content-type']).toMatch(/text\/csv/);
      expect(errs.body).toBe(
        'line,column,reason,First Name,Email\n3,Email,is not a valid email address,Broken,broken@\n',
      );
    }
    const bad = await as(t, admin, {
      method: 'POST',
      url: '/api/v1/imports?entity=pets',
      headers: { 'content-type': 'text/csv' },
      payload: 'a\n1\n',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('lists the import history newest first with file names, only to those who may see it', async () => {
    const upload = async (fileName: string) =>
      (
        await as(t, admin, {
          method: 'POST',
          url: `/api/v1/imports?entity=people&fileName=${encodeURIComponent(fileName)}`,
          headers: { 'content-type': 'text/csv' },
          payload: `First Name,Email\nH,h.${fileName.length}@example.com\nBroken,broken@\n`,
        })
      ).json().id as string;
    const first = await upload('shop-a.csv');
    t.clock.advance(1_000);
    const second = await upload('shop b (2).csv');
    await runner.tick();
    await runner.tick();
    const page1 = (await as(t, admin, { url: '/api/v1/imports?limit=1' })).json();
    expect(page1.data.map((i: { id: string; fileName: string }) => [i.id, i.fileName])).toEqual([
      [second, 'shop b (2).csv'],
    ]);
    expect(page1.data[0]).toMatchObject({ status: 'done', counts: { created: 1, failed: 1 } });
    expect(page1.data[0].ownerId).toBeTruthy();
    const page2 = (await as(t, admin, { url: `/api/v1/imports?limit=1&cursor=${page1.nextCursor}` })).json();
    expect(page2.data.map((i: { id: string }) => i.id)).toEqual([first]);

    // A viewer (team scope, no team) sees neither the list entries nor their error reports.
    await createUser(t, admin, { email: 'viewer.imports@x.io', role: 'viewer' });
    const viewer = await login(t, 'viewer.imports@x.io', 'password-123');
    const theirs = (await as(t, viewer, { url: '/api/v1/imports' })).json();
    expect(theirs.data.map((i: { id: string }) => i.id)).not.toContain(first);
    expect((await as(t, viewer, { url: `/api/v1/imports/${first}` })).statusCode).toBe(404);
    expect((await as(t, viewer, { url: `/api/v1/imports/${first}/errors.csv` })).statusCode).toBe(404);
  });

  it('cancels a queued import before it starts, and a running one at its next batch', async () => {
    const post = (csv: string) =>
      as(t, admin, {
        method: 'POST',
        url: '/api/v1/imports?entity=people',
        headers: { 'content-type': 'text/csv' },
        payload: csv,
      });
    const queued = (await post('First Name,Email\nQ,queued.cancel@example.com\n')).json();
    const cancel = (id: string) => as(t, admin, { method: 'POST', url: `/api/v1/imports/${id}/cancel` });
    const res = await cancel(queued.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'cancelled' });
    await runner.tick();
    expect((await as(t, admin, { url: `/api/v1/imports/${queued.id}` })).json()).toMatchObject({
      status: 'cancelled',
      progress: { done: 0 },
      counts: { created: 0 },
    });
    expect(
      await t.db
        .selectFrom('personEmails')
        .select('personId')
        .where('email', '=', 'queued.cancel@example.com')
        .execute(),
    ).toEqual([]);
    const again = await cancel(queued.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('The import has already been cancelled');

    // Running: 6 rows in batches of 2, cancelled once the first batch has committed.
    const id = newId('imp');
    const filePath = path.join(t.config.dataDir, `${id}.csv`);
    fs.writeFileSync(
      filePath,
      ['First Name,Email', ...[1, 2, 3, 4, 5, 6].map((n) => `R${n},run.cancel.${n}@example.com`)].join('\n'),
    );
    await createImport(
      t,
      { id, entity: 'people', filePath, ownerId: null, actor: systemActor },
      { queue: false },
    );
    const result = await runImport({
      db: t.db,
      clock: t.clock,
      importId: id,
      batchSize: 2,
      onProgress: async (p) => {
        if (p.done === 2) await cancelImport(t.db, id, t.clock.now());
      },
    });
    expect(result).toMatchObject({ done: 2, cancelled: true, counts: { created: 2 } });
    const imp = await t.db.selectFrom('imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    expect(imp).toMatchObject({ status: 'cancelled', rowsDone: 2, created: 2 });
    const created = await t.db
      .selectFrom('personEmails')
      .select('email')
      .where('email', 'like', 'run.cancel.%')
      .orderBy('email')
      .execute();
    expect(created.map((r) => r.email)).toEqual(['run.cancel.1@example.com', 'run.cancel.2@example.com']);
    const finished = await cancel(id);
    expect(finished.statusCode).toBe(409);
  });

  it("runs imports side by side in their own threads: no batch fails on another one's commit", async () => {
    // Three workers, each with its own connection, committing 4-row batches in turn. On SQLite a
    // batch that read before it wrote would find its snapshot stale after another's commit (BUSY).
    const ids = [1, 2, 3].map((k) => {
      const id = newId('imp');
      const filePath = path.join(t.config.dataDir, `${id}.csv`);
      const rows = Array.from({ length: 40 }, (_, n) => `P${k}-${n},side.${k}.${n}@example.com`);
      fs.writeFileSync(filePath, ['First Name,Email', ...rows].join('\n'));
      return { id, filePath };
    });
    for (const { id, filePath } of ids)
      await createImport(
        t,
        { id, entity: 'people', filePath, ownerId: null, actor: systemActor },
        { queue: false },
      );
    const results = await Promise.all(ids.map(({ id }) => spawnImportWorker(t, id, { batchSize: 4 })));
    expect(results.map((r) => r.counts)).toEqual(
      [1, 2, 3].map(() => ({ created: 40, updated: 0, unchanged: 0, failed: 0 })),
    );
  });

  it('an import needs the right to create what it imports: a marketer imports people, not orders', async () => {
    const marketer = (await createKey(t, admin, 'marketer')).key;
    const post = (entity: string, payload: string) =>
      as(t, marketer, {
        method: 'POST',
        url: `/api/v1/imports?entity=${entity}`,
        headers: { 'content-type': 'text/csv' },
        payload,
      });
    expect((await post('people', 'First Name,Email\nMia,mia.list@example.com\n')).statusCode).toBe(202);
    await runner.tick();
    const mia = await t.db
      .selectFrom('personEmails')
      .select('personId')
      .where('email', '=', 'mia.list@example.com');
    expect(await mia.executeTakeFirst()).toBeDefined();
    const orders = await post(
      'orders',
      'order_id,customer_email,sku,quantity,unit_price\nO1,a@b.lv,S1,1,2\n',
    );
    expect(orders.statusCode).toBe(403);
    expect(orders.json().detail).toBe('Importing orders needs orders:create');
    const stored = await t.db.selectFrom('imports').select('entity').where('entity', '=', 'orders').execute();
    expect(stored).toEqual([]);
  });

  it('reads a semicolon-separated file with a BOM, as Excel saves it in Latvian or Russian', async () => {
    // The wizard's preview already split such files on ";"; the import read them as one column and
    // rejected every row ("row has no name, email, phone or external id").
    const { imp } = await importCsv(
      [
        '\uFEFFVārds;Uzvārds;E-pasts;Tālrunis;Piezīmes',
        'Anita;Kalniņa;anita.semi@example.lv;+371 2955 5555;"Rīga, centrs"',
        'Roberts;Liepa;roberts.semi@example.lv;29666666;',
      ].join('\r\n'),
    );
    expect(imp).toMatchObject({ created: 2, failed: 0 });
    const anita = await t.db
      .selectFrom('people')
      .select(['firstName', 'lastName', 'phone'])
      .where('email', '=', 'anita.semi@example.lv')
      .executeTakeFirstOrThrow();
    expect(anita).toEqual({ firstName: 'Anita', lastName: 'Kalniņa', phone: '+37129555555' });
  });

  it('a select cell may name its option by a label in any language or in another case', async () => {
    const labelled = (value: string, en: string, lv: string) => ({ value, label: { en, lv } });
    await createField(t, systemActor, {
      ...field('level', 'select'),
      options: [labelled('gold', 'Gold', 'Zelts'), labelled('silver', 'Silver', 'Sudrabs')],
    });
    await createField(t, systemActor, {
      ...field('hobbies', 'multi_select'),
      options: [labelled('wine', 'Wine', 'Vīns'), labelled('books', 'Books', 'Grāmatas')],
    });
    const { imp } = await importCsv(
      [
        'Email,Level,Hobbies',
        'lab.1@example.com,Gold,Wine; grāmatas',
        'lab.2@example.com,ZELTS,books',
        'lab.3@example.com, silver ,',
        'lab.4@example.com,platinum,', // still not an option
      ].join('\n'),
    );
    expect(imp).toMatchObject({ created: 3, failed: 1 });
    const custom = async (email: string) => {
      const row = await t.db
        .selectFrom('people')
        .select('custom')
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      return typeof row.custom === 'string' ? JSON.parse(row.custom) : row.custom;
    };
    expect(await custom('lab.1@example.com')).toEqual({ level: 'gold', hobbies: ['wine', 'books'] });
    expect(await custom('lab.2@example.com')).toEqual({ level: 'gold', hobbies: ['books'] });
    expect(await custom('lab.3@example.com')).toEqual({ level: 'silver' });
    const [error] = await t.db
      .selectFrom('importErrors')
      .selectAll()
      .where('importId', '=', imp.id)
      .execute();
    expect(error).toMatchObject({ line: 5, columnName: 'Level', reason: 'must be one of gold, silver' });
  });

  it('POST /imports/mapping suggests what an import without a mapping would do; a mapping to no field is a 400', async () => {
    const suggest = (entity: string, header: string[]) =>
      as(t, admin, { method: 'POST', url: '/api/v1/imports/mapping', payload: { entity, header } });
    const people = await suggest('people', ['Given Name', 'E-mail 1 - Value', 'Tier', 'Record ID', 'Notes']);
    expect(people.statusCode).toBe(200);
    expect(people.json().targets).toEqual(['firstName', 'email', 'custom.tier', 'externalIds.hubspot', null]);
    expect(people.json().fields).toContain('address.city');
    expect(people.json().fields).not.toContain('custom.tier'); // custom fields come from GET /fields
    const orders = await suggest('orders', ['Order Number', 'Qty', 'Email']);
    expect(orders.json()).toMatchObject({ targets: ['order_id', 'quantity', 'customer_email'] });
    expect(orders.json().fields).toContain('unit_price');
    expect((await suggest('pets', ['a'])).statusCode).toBe(400);

    const upload = (mapping: string, csv: string) =>
      as(t, admin, {
        method: 'POST',
        url: `/api/v1/imports?entity=people&mapping=${encodeURIComponent(mapping)}`,
        headers: { 'content-type': 'text/csv' },
        payload: csv,
      });
    const before = await t.db.selectFrom('imports').select('id').execute();
    const res = await upload(
      'Name=firstName,Level=custom.levle,X=shoeSize,Y=-',
      'Name,Level,X,Y\nAnna,1,2,3\n',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      {
        path: 'mapping.Level',
        message: 'custom.levle is not an active custom field',
        code: 'unknown_target',
        params: { target: 'custom.levle' },
      },
      {
        path: 'mapping.X',
        message: 'shoeSize is not a field of a people import',
        code: 'unknown_target',
        params: { target: 'shoeSize' },
      },
    ]);
    expect(await t.db.selectFrom('imports').select('id').execute()).toEqual(before);
    const ok = await upload('Name=firstName,POS=externalIds.pos,Y=-', 'Name,POS,Y\nMapped Person,P-77,3\n');
    expect(ok.statusCode).toBe(202);
    await runner.tick();
    const pos = await t.db
      .selectFrom('personExternalIds')
      .select('externalId')
      .where('source', '=', 'pos')
      .where('externalId', '=', 'P-77')
      .executeTakeFirst();
    expect(pos).toBeDefined();
  });

  it('imported names are found by quick search without diacritics; over-long names keep their message', async () => {
    const long = 'X'.repeat(201);
    const { imp } = await importCsv(
      [
        'First Name,Last Name,Email',
        'Jānis,Bērziņš,janis.b@example.com',
        `${long},Long,long@example.com`,
      ].join('\n'),
    );
    expect(imp).toMatchObject({ created: 1, failed: 1 });
    const errors = await t.db.selectFrom('importErrors').selectAll().where('importId', '=', imp.id).execute();
    expect(errors.map((e) => [e.line, e.columnName, e.reason])).toEqual([
      [3, 'First Name', 'Too big: expected string to have <=200 characters'],
    ]);
    for (const q of ['berzins', 'Bērziņš Jānis', 'janis']) {
      const res = await as(t, admin, { url: `/api/v1/people?q=${encodeURIComponent(q)}` });
      expect(res.json().data.map((p: { email: string }) => p.email)).toContain('janis.b@example.com');
    }
  });
});

describe('header mapping', () => {
  const map = (h: string[]) => mapHeaders('people', h, []);
  it('maps Google Contacts, Outlook and HubSpot exports', () => {
    expect(
      map([
        'Given Name',
        'Additional Name',
        'Family Name',
        'E-mail 1 - Value',
        'E-mail 2 - Value',
        'Phone 1 - Value',
        'Organization 1 - Name',
        'Birthday',
        'Notes',
      ]),
    ).toEqual([
      'firstName',
      'middleName',
      'lastName',
      'email',
      'email',
      'phone',
      'company',
      'birthday',
      null,
    ]);
    expect(
      map([
        'First Name',
        'Last Name',
        'E-mail Address',
        'E-mail 2 Address',
        'Mobile Phone',
        'Business Phone',
        'Company',
        'Home City',
      ]),
    ).toEqual(['firstName', 'lastName', 'email', 'email', 'phone', 'phone', 'company', 'address.city']);
    expect(
      map([
        'Record ID',
        'First Name',
        'Last Name',
        'Email',
        'Phone Number',
        'Company Name',
        'Lifecycle Stage',
      ]),
    ).toEqual([
      'externalIds.hubspot',
      'firstName',
      'lastName',
      'email',
      'phone',
      'company',
      'lifecycleStage',
    ]);
  });
  it('maps our own names and custom field keys and labels', () => {
    const defs = [{ key: 'loyalty_tier', label: { en: 'Loyalty tier', lv: 'Lojalitātes līmenis' } }] as never;
    expect(
      mapHeaders(
        'people',
        ['firstName', 'custom.loyalty_tier', 'Loyalty Tier', 'loyalty_tier', 'timeZone'],
        defs,
      ),
    ).toEqual(['firstName', 'custom.loyalty_tier', 'custom.loyalty_tier', 'custom.loyalty_tier', 'timeZone']);
  });
  it('maps Latvian and Russian headers; a Cyrillic header no longer falls to any custom field', () => {
    // Every Cyrillic header once normalised to "" and matched this field by its Russian label.
    const defs = [
      { key: 'work_phone', label: { en: 'Work phone', ru: 'Рабочий телефон', lv: 'Darba tālrunis' } },
    ] as never;
    expect(
      mapHeaders(
        'people',
        ['Vārds', 'Uzvārds', 'E-pasts', 'Tālrunis', 'Имя', 'Фамилия', 'Дата рождения', 'Город', 'Заметки'],
        defs,
      ),
    ).toEqual([
      'firstName',
      'lastName',
      'email',
      'phone',
      'firstName',
      'lastName',
      'birthday',
      'address.city',
      null,
    ]);
    expect(mapHeaders('people', ['Рабочий телефон', 'darba talrunis', '#'], defs)).toEqual([
      'custom.work_phone',
      'custom.work_phone',
      null,
    ]);
    expect(mapHeaders('companies', ['Nosaukums', 'ИНН', 'Сайт'], [])).toEqual(['name', 'taxId', 'website']);
  });
});

describe('import field labels', () => {
  // The wizard labels the fields the server offers (POST /imports/mapping) from its catalogs.
  it('every standard field of every import is labelled in the en, ru and lv catalogs', () => {
    for (const lang of ['en', 'ru', 'lv']) {
      const file = new URL(`../../web/src/i18n/${lang}.json`, import.meta.url);
      const labels = JSON.parse(fs.readFileSync(file, 'utf8')).imports.targets;
      const missing = Object.values(IMPORT_FIELDS)
        .flat()
        .filter((f) => typeof labels[f.replace('.', '_')] !== 'string');
      expect({ lang, missing }).toEqual({ lang, missing: [] });
    }
  });
});

describe('upload', () => {
  it('refuses a body past the size limit with 413 and leaves no file behind', async () => {
    const dir = fs.mkdtempSync('/tmp/rapport-upload-');
    const err = await saveUpload(Readable.from([Buffer.alloc(8), Buffer.alloc(8)]), dir, 'x', 10).catch(
      (e) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect(err.status).toBe(413);
    expect(fs.readdirSync(path.join(dir, 'imports'))).toEqual([]);
  });
});

describe('CSV separator', () => {
  it('is ";" when the header line has more semicolons than commas outside quotes, else ","', () => {
    expect(delimiterOf('Vārds;Uzvārds;E-pasts')).toBe(';');
    expect(delimiterOf('First Name,Last Name,Email')).toBe(',');
    expect(delimiterOf('Name;"Street, city"')).toBe(';');
    expect(delimiterOf('Name,"Notes; more"')).toBe(',');
    expect(delimiterOf('Email')).toBe(',');
  });
});

describe('person rows', () => {
  it("reads Google's labels as tags without its system group every contact is in", () => {
    const row = (labels: string) =>
      validatePersonRow(['Anna', labels], {
        headers: ['First Name', 'Labels'],
        targets: ['firstName', 'tags'],
        defs: new Map(),
        sources: new Set(),
      }).person.tags;
    expect(row('* myContacts ::: VIP ::: * starred')).toEqual(['VIP', 'starred']);
    expect(row('* myContacts')).toEqual([]);
    expect(row('myContacts; Riga')).toEqual(['myContacts', 'Riga']); // a label of that name the user made
  });
});
