import { parse } from 'csv-parse/sync';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { databaseSource } from '../src/db/database.js';
import { streamRows } from '../src/db/stream-rows.js';
import { as, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

const N = 2500; // more than two cursor chunks (1,000)
const T0 = Date.UTC(2025, 0, 1);
const pid = (i: number) => `per_${String(i).padStart(6, '0')}`;

describeEachDialect('people CSV export (one cursor)', (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    const field = await as(t, admin, {
      method: 'POST',
      url: '/api/v1/fields',
      payload: {
        entity: 'person',
        key: 'tier',
        label: { en: 'Tier' },
        type: 'select',
        options: [
          { value: 'gold', label: { en: 'Gold' } },
          { value: 'silver', label: { en: 'Silver' } },
        ],
      },
    });
    expect(field.statusCode).toBe(201);
    for (let i = 0; i < N; i += 500) {
      const rows = Array.from({ length: 500 }, (_, j) => {
        const n = i + j;
        const first = n % 7 === 0 ? 'Anna' : 'Olga';
        return {
          id: pid(n),
          firstName: first,
          lastName: `Name, "${n}"`, // needs quoting
          middleName: null,
          searchName: `${first.toLowerCase()} name`,
          searchNameRev: `name ${first.toLowerCase()}`,
          email: `p${n}@example.com`,
          phone: null,
          birthday: null,
          gender: null,
          language: null,
          timeZone: null,
          address: JSON.stringify({ city: n % 2 ? 'Rīga' : 'Cēsis' }),
          tags: JSON.stringify(n % 3 === 0 ? ['vip', 'b2c'] : []),
          ownerId: null,
          lifecycleStage: null,
          source: null,
          preferredChannel: null,
          custom: JSON.stringify({ tier: n % 5 === 0 ? 'gold' : 'silver' }),
          version: 1,
          // Ties of 10 people per instant: the id tie-break decides their order.
          createdAt: T0 + Math.floor(n / 10) * 1000,
          updatedAt: T0,
        };
      });
      await t.db.insertInto('people').values(rows).execute();
    }
  }, 60_000);
  afterAll(() => t.close());

  const api = (url: string) => as(t, admin, { url });
  /** Every page of the list, as the API pages it. */
  const listAll = async (query: string) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await api(`/api/v1/people?limit=200&${query}${cursor ? `&cursor=${cursor}` : ''}`);
      const body = res.json();
      ids.push(...body.data.map((p: { id: string }) => p.id));
      cursor = body.nextCursor;
    } while (cursor);
    return ids;
  };

  it('exports exactly the rows and order of the paged list (default order, ties included)', async () => {
    const res = await api('/api/v1/people?format=csv');
    expect(res.statusCode).toBe(200);
    const records = parse(res.body, { columns: true }) as Record<string, string>[];
    expect(records).toHaveLength(N);
    expect(records.map((r) => r.id)).toEqual(await listAll(''));
    const r4 = records.find((r) => r.id === pid(4)) as Record<string, string>;
    expect(r4).toMatchObject({
      firstName: 'Olga',
      lastName: 'Name, "4"',
      email: 'p4@example.com',
      tags: '',
      city: 'Cēsis',
      'custom.tier': 'silver',
      createdAt: new Date(T0).toISOString(),
    });
    expect(records.find((r) => r.id === pid(3))?.tags).toBe('vip; b2c');
  });

  it('applies filter, quick search and sort like the list', async () => {
    const filter = encodeURIComponent(JSON.stringify({ field: 'custom.tier', op: 'eq', value: 'gold' }));
    const query = `filter=${filter}&sort=-createdAt,firstName&q=anna`;
    const records = parse((await api(`/api/v1/people?format=csv&${query}`)).body, { columns: true }) as {
      id: string;
    }[];
    const expected = await listAll(query);
    expect(expected.length).toBeGreaterThan(50);
    expect(records.map((r) => r.id)).toEqual(expected);
  });

  it("exports a view's columns in its order after the id, and names an unknown column", async () => {
    const res = await api('/api/v1/people?format=csv&columns=name,custom.tier,city,updatedAt&q=anna');
    expect(res.statusCode).toBe(200);
    expect(res.body.split('\n')[0]).toBe('id,firstName,middleName,lastName,custom.tier,city,updatedAt');
    const records = parse(res.body, { columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.id)).toEqual(await listAll('q=anna'));
    expect(records.find((r) => r.id === pid(7))).toEqual({
      id: pid(7),
      firstName: 'Anna',
      middleName: '',
      lastName: 'Name, "7"',
      'custom.tier': 'silver',
      city: 'Rīga',
      updatedAt: new Date(T0).toISOString(),
    });
    const bad = await api('/api/v1/people?format=csv&columns=name,shoeSize');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ path: 'columns', code: 'unknown_field', params: { field: 'shoeSize' } }),
    ]);
  });

  it('answers a bad filter with 400 before streaming', async () => {
    const res = await api('/api/v1/people?format=csv&filter=%7B');
    expect(res.statusCode).toBe(400);
  });

  it('streams one snapshot in chunks and frees its connection when stopped early', async () => {
    const query = t.db
      .selectFrom('people')
      .select(['id', 'createdAt'])
      .orderBy('createdAt')
      .orderBy('id')
      .compile();
    const chunks = streamRows(t.db, query, 1000);
    const first = await chunks.next();
    expect(first.done).toBe(false);
    expect(first.value?.columns).toEqual(['id', 'createdAt']);
    expect(first.value?.rows).toHaveLength(1000);
    expect(first.value?.rows[0]).toEqual([pid(0), T0]);
    // Written after the cursor opened, sorting last: not part of this walk (one snapshot).
    await t.db
      .insertInto('people')
      .values({
        id: 'per_late',
        searchName: 'late',
        searchNameRev: 'late',
        tags: '[]',
        custom: '{}',
        version: 1,
        createdAt: T0 * 2,
        updatedAt: T0 * 2,
      })
      .execute();
    const rest: unknown[][] = [];
    for (let c = await chunks.next(); !c.done; c = await chunks.next()) rest.push(...c.value.rows);
    expect(rest).toHaveLength(N - 1000);
    expect(rest.some((r) => r[0] === 'per_late')).toBe(false);

    // Stopped after one chunk: the connection/cursor is released.
    const early = streamRows(t.db, query, 100);
    await early.next();
    await early.return(undefined);
    if (dialect === 'postgres') {
      const pool = databaseSource(t.db)?.pool;
      expect(pool && pool.totalCount - pool.idleCount).toBe(0);
    } else {
      // No reader left behind: a full checkpoint can reset the WAL (busy = 0).
      const r = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(t.db);
      expect(r.rows[0]?.busy).toBe(0);
    }
    await t.db.deleteFrom('people').where('id', '=', 'per_late').execute();
  });
});
