import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as slim from '../src/db/migrations/2026_11_24_1000_slim_person_identity_tables.js';
import * as unify from '../src/db/migrations/2026_11_24_1001_unify_file_id_source.js';
import {
  findPeopleByEmail,
  findPeopleByPhone,
  findPersonByExternalId,
} from '../src/modules/people/find-people-by-identity.js';
import { as, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';
import { queryPlan } from './query-plan.js';

/**
 * The identity side tables after the migration that slims them (WITHOUT ROWID on SQLite, the
 * company index of the event log only over events naming a company): an upgrade keeps every
 * email, phone and external id, lookups and cascades work, and company timelines still use the index.
 */
describeEachDialect('person identity tables', (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions) => as(t, admin, opts);

  it('keeps emails, phones and external ids through the upgrade; lookups and delete cascade work', async () => {
    const res = await api({
      method: 'POST',
      url: '/api/v1/people',
      payload: {
        firstName: 'Ilze',
        emails: [{ email: 'ilze@x.lv' }, { email: 'ilze.b@y.lv' }],
        phones: [{ phone: '+37120011223' }],
        externalIds: [{ source: 'pos', id: 'C-7' }],
      },
    });
    expect(res.statusCode).toBe(201);
    const id = res.json().id as string;

    // An upgrade runs the migration over existing rows (a fresh database already ran it once).
    await slim.up(t.db as never);

    expect(await findPeopleByEmail(t.db, 'ILZE.B@y.lv')).toEqual([id]);
    expect(await findPeopleByPhone(t.db, '+371 20011223')).toEqual([id]);
    expect(await findPersonByExternalId(t.db, 'pos', 'C-7')).toBe(id);
    const profile = (await api({ method: 'GET', url: `/api/v1/people/${id}` })).json();
    expect(profile.emails.map((e: { email: string; primary: boolean }) => [e.email, e.primary])).toEqual([
      ['ilze@x.lv', true],
      ['ilze.b@y.lv', false],
    ]);

    if (dialect === 'sqlite') {
      const tables = await sql<{ name: string; wr: number }>`select name, wr from pragma_table_list
        where name in ('person_emails', 'person_phones', 'person_external_ids') order by name`.execute(t.db);
      expect(tables.rows).toEqual([
        { name: 'person_emails', wr: 1 },
        { name: 'person_external_ids', wr: 1 },
        { name: 'person_phones', wr: 1 },
      ]);
    }

    expect((await api({ method: 'DELETE', url: `/api/v1/people/${id}` })).statusCode).toBe(204);
    for (const table of ['personEmails', 'personPhones', 'personExternalIds'] as const) {
      const left = await t.db.selectFrom(table).select('personId').where('personId', '=', id).execute();
      expect(left, table).toEqual([]);
    }
  });

  it('serves a company timeline from the partial company index of the event log', async () => {
    const q = t.db
      .selectFrom('events')
      .selectAll()
      .where('companyId', '=', 'cmp_1')
      .orderBy('seq', 'desc')
      .limit(50);
    const plan = await queryPlan(t.db, dialect, q);
    expect(plan, plan).toMatch(/events_company/);
    const def =
      dialect === 'sqlite'
        ? sql<{ d: string }>`select sql as d from sqlite_master where name = 'events_company'`
        : sql<{ d: string }>`select indexdef as d from pg_indexes
            where indexname = 'events_company' and schemaname = current_schema()`;
    const [row] = (await def.execute(t.db)).rows;
    expect(row?.d.toLowerCase().replace(/[()]/g, '')).toMatch(/where company_id is not null/);
  });

  it('moves customer ids of order files to the import source, unless that id is taken there', async () => {
    const create = async (source: string, id: string) =>
      (
        await api({
          method: 'POST',
          url: '/api/v1/people',
          payload: { firstName: `${source}-${id}`, externalIds: [{ source, id }] },
        })
      ).json().id as string;
    const alone = await create('orders', 'N-1');
    const clash = await create('orders', 'N-2');
    const owner = await create('import', 'N-2');
    await unify.up(t.db as never);
    expect(await findPersonByExternalId(t.db, 'import', 'N-1')).toBe(alone);
    expect(await findPersonByExternalId(t.db, 'orders', 'N-1')).toBeFalsy();
    expect(await findPersonByExternalId(t.db, 'import', 'N-2')).toBe(owner);
    expect(await findPersonByExternalId(t.db, 'orders', 'N-2')).toBe(clash);
  });
});
