import { parse } from 'csv-parse/sync';
import type { InjectOptions } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('custom fields', (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions) => as(t, admin, opts);
  const post = (url: string, payload: object) => api({ method: 'POST', url, payload });
  const field = (key: string, type: string, extra: object = {}) =>
    post('/api/v1/fields', { entity: 'person', key, type, label: { en: key, lv: key }, ...extra });
  const list = async (query: string) => {
    const res = await api({ url: `/api/v1/people?${query}` });
    if (res.statusCode !== 200) throw new Error(`${query}: ${res.body}`);
    return res.json().data.map((p: { firstName: string }) => p.firstName);
  };
  const enc = (v: unknown) => encodeURIComponent(JSON.stringify(v));

  it('creates definitions, validates keys, options and duplicates', async () => {
    const tier = await field('tier', 'select', {
      options: [
        { value: 'gold', label: { en: 'Gold' } },
        { value: 'silver', label: { en: 'Silver' } },
      ],
      indexed: true,
    });
    expect(tier.statusCode).toBe(201);
    expect(tier.json()).toMatchObject({ key: 'tier', type: 'select', indexed: true, archived: false });
    expect((await field('tier', 'text')).statusCode).toBe(409);
    expect((await field('Bad-Key', 'text')).json().errors[0].path).toBe('body.key');
    expect((await field('empty_select', 'select')).json().errors[0].path).toBe('options');
    expect((await field('score', 'number', { indexed: true })).statusCode).toBe(201);
    expect((await field('vip', 'boolean')).statusCode).toBe(201);
    expect((await field('contract', 'money')).statusCode).toBe(201);
    expect(
      (
        await field('topics', 'multi_select', {
          options: [
            { value: 'a', label: { en: 'A' } },
            { value: 'b', label: { en: 'B' } },
          ],
        })
      ).statusCode,
    ).toBe(201);
    const defs = (await api({ url: '/api/v1/fields?entity=person' })).json().data;
    expect(defs.map((d: { key: string }) => d.key).sort()).toEqual([
      'contract',
      'score',
      'tier',
      'topics',
      'vip',
    ]);
  });

  it('creates an expression index on the JSON path when indexed', async () => {
    const names =
      dialect === 'sqlite'
        ? (await sql<{ name: string }>`select name from sqlite_master where type = 'index'`.execute(t.db))
            .rows
        : (
            await sql<{
              name: string;
            }>`select indexname as name from pg_indexes where schemaname = current_schema()`.execute(t.db)
          ).rows;
    const all = names.map((r) => r.name);
    expect(all).toContain('cf_people_tier');
    expect(all).toContain('cf_people_score');
    expect(all).not.toContain('cf_people_vip');
  });

  it('validates values by type, naming custom.<key>', async () => {
    const bad: [object, string][] = [
      [{ tier: 'bronze' }, 'custom.tier'],
      [{ score: 'high' }, 'custom.score'],
      [{ vip: 'yes' }, 'custom.vip'],
      [{ contract: { amount: 1.5, currency: 'EUR' } }, 'custom.contract'],
      [{ topics: ['a', 'z'] }, 'custom.topics'],
      [{ nope: 1 }, 'custom.nope'],
    ];
    for (const [custom, path] of bad) {
      const res = await post('/api/v1/people', { firstName: 'X', custom });
      expect(res.statusCode, path).toBe(400);
      expect(res.json().errors[0].path).toBe(path);
    }
  });

  it('filters and sorts on custom fields; new fields work without restart', async () => {
    await post('/api/v1/people', {
      firstName: 'Ann',
      custom: {
        tier: 'gold',
        score: 30,
        vip: true,
        contract: { amount: 500, currency: 'EUR' },
        topics: ['a'],
      },
    });
    await post('/api/v1/people', {
      firstName: 'Ben',
      custom: { tier: 'silver', score: 5, vip: false, topics: ['b'] },
    });
    await post('/api/v1/people', { firstName: 'Cid', custom: { tier: 'gold', score: 12 } });
    expect(
      await list(`filter=${enc({ field: 'custom.tier', op: 'eq', value: 'gold' })}&sort=custom.score`),
    ).toEqual(['Cid', 'Ann']);
    expect(
      await list(`filter=${enc({ field: 'custom.score', op: 'gt', value: 10 })}&sort=-custom.score`),
    ).toEqual(['Ann', 'Cid']);
    expect(await list(`filter=${enc({ field: 'custom.vip', op: 'eq', value: true })}`)).toEqual(['Ann']);
    expect(await list(`filter=${enc({ field: 'custom.contract', op: 'gte', value: 100 })}`)).toEqual(['Ann']);
    expect(await list(`filter=${enc({ field: 'custom.topics', op: 'in', value: ['b'] })}`)).toEqual(['Ben']);
    // Paging by a custom sort keeps order across pages.
    const first = (await api({ url: '/api/v1/people?sort=custom.score&limit=2' })).json();
    const second = (
      await api({ url: `/api/v1/people?sort=custom.score&limit=2&cursor=${first.nextCursor}` })
    ).json();
    const names = [...first.data, ...second.data].map((p: { firstName: string }) => p.firstName);
    expect(names.filter((n) => n !== 'X')).toEqual(['Ben', 'Cid', 'Ann']);

    await field('region_code', 'text');
    await post('/api/v1/people', { firstName: 'Dan', custom: { region_code: 'LV-RIX' } });
    expect(await list(`filter=${enc({ field: 'custom.region_code', op: 'eq', value: 'LV-RIX' })}`)).toEqual([
      'Dan',
    ]);
    const csv = (
      await api({
        url: `/api/v1/people?format=csv&filter=${enc({ field: 'custom.tier', op: 'eq', value: 'gold' })}&sort=firstName`,
      })
    ).body;
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.firstName, r['custom.tier'], r['custom.score']])).toEqual([
      ['Ann', 'gold', '30'],
      ['Cid', 'gold', '12'],
    ]);
    expect(JSON.parse(rows[0]?.['custom.contract'] ?? '')).toEqual({ amount: 500, currency: 'EUR' });
  });

  it('applies defaults and required on create; archiving hides the field and keeps data', async () => {
    const src = await field('channel_pref', 'text', { default: 'none', required: true });
    expect(src.statusCode).toBe(201);
    const p = (await post('/api/v1/people', { firstName: 'Eve' })).json();
    expect(p.custom.channel_pref).toBe('none');
    const clear = await api({
      method: 'PATCH',
      url: `/api/v1/people/${p.id}`,
      payload: { custom: { channel_pref: null } },
    });
    expect(clear.json().errors[0]).toEqual({
      path: 'custom.channel_pref',
      message: 'is required',
      code: 'required',
    });

    const archived = await api({
      method: 'PATCH',
      url: `/api/v1/fields/${src.json().id}`,
      payload: { archived: true },
    });
    expect(archived.json().archived).toBe(true);
    expect(
      (await api({ url: '/api/v1/fields?entity=person' })).json().data.map((d: { key: string }) => d.key),
    ).not.toContain('channel_pref');
    expect(
      (await api({ url: '/api/v1/fields?entity=person&archived=true' }))
        .json()
        .data.map((d: { key: string }) => d.key),
    ).toContain('channel_pref');
    const filter = await api({
      url: `/api/v1/people?filter=${enc({ field: 'custom.channel_pref', op: 'eq', value: 'none' })}`,
    });
    expect(filter.statusCode).toBe(400);
    const again = (await api({ url: `/api/v1/people/${p.id}` })).json();
    expect(again.custom.channel_pref).toBe('none');
    const write = await api({
      method: 'PATCH',
      url: `/api/v1/people/${p.id}`,
      payload: { custom: { channel_pref: 'x' } },
    });
    expect(write.json().errors[0].path).toBe('custom.channel_pref');
  });

  it('lets a manager read definitions but not manage them', async () => {
    await createUser(t, admin, { email: 'mgr@example.com', role: 'manager' });
    const m = await login(t, 'mgr@example.com', 'password-123');
    expect((await as(t, m, { url: '/api/v1/fields' })).statusCode).toBe(200);
    const res = await as(t, m, {
      method: 'POST',
      url: '/api/v1/fields',
      payload: { entity: 'person', key: 'x', type: 'text', label: { en: 'X' } },
    });
    expect(res.statusCode).toBe(403);
  });

  it('works for companies too', async () => {
    await post('/api/v1/fields', {
      entity: 'company',
      key: 'employees',
      type: 'number',
      label: { en: 'Employees' },
    });
    await post('/api/v1/companies', { name: 'Small', custom: { employees: 5 } });
    await post('/api/v1/companies', { name: 'Big', custom: { employees: 500 } });
    const res = (await api({ url: `/api/v1/companies?sort=-custom.employees` })).json();
    expect(res.data.map((c: { name: string }) => c.name)).toEqual(['Big', 'Small']);
    const bad = await post('/api/v1/companies', { name: 'Bad', custom: { employees: 'many' } });
    expect(bad.json().errors[0].path).toBe('custom.employees');
  });
});
