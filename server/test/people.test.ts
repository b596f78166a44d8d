import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  findPeopleByEmail,
  findPeopleByPhone,
  findPersonByExternalId,
} from '../src/modules/people/find-people-by-identity.js';
import { as, createKey, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('people', (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions) => as(t, admin, opts);
  const post = (url: string, payload: object) => api({ method: 'POST', url, payload });

  it('creates, reads, updates and deletes a person with normalised contacts', async () => {
    const res = await post('/api/v1/people', {
      firstName: 'Anna',
      lastName: 'Bērziņa',
      emails: [{ email: ' Anna@Example.LV ' }, { email: 'anna.work@corp.lv', primary: true }],
      phones: [{ phone: '20 123 456' }, { phone: '+44 20 7946 0958' }],
      birthday: '1990-04-12',
      timeZone: 'Europe/Riga',
      address: { country: 'LV', city: 'Riga' },
      externalIds: [{ source: 'pos', id: 'C-1' }],
      tags: ['vip', 'vip', 'b2c'],
      source: 'exhibition',
      preferredChannel: 'sms',
    });
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p.id).toMatch(/^per_/);
    expect(p.email).toBe('anna.work@corp.lv');
    expect(p.emails).toEqual([
      { email: 'anna@example.lv', primary: false },
      { email: 'anna.work@corp.lv', primary: true },
    ]);
    expect(p.phone).toBe('+37120123456');
    expect(p.phones[1]).toEqual({ phone: '+442079460958', primary: false });
    expect(p.tags).toEqual(['vip', 'b2c']);
    expect(p.version).toBe(1);

    const got = await api({ url: `/api/v1/people/${p.id}` });
    expect(got.json()).toEqual({ ...p, hasPhoto: false }); // GET adds the avatar flag
    expect(got.headers.etag).toBe('"1"');

    const upd = await api({
      method: 'PATCH',
      url: `/api/v1/people/${p.id}`,
      payload: { lastName: 'Ozola' },
    });
    expect(upd.statusCode).toBe(200);
    expect(upd.json()).toMatchObject({
      lastName: 'Ozola',
      firstName: 'Anna',
      version: 2,
      phone: '+37120123456',
    });

    const del = await api({ method: 'DELETE', url: `/api/v1/people/${p.id}` });
    expect(del.statusCode).toBe(204);
    expect((await api({ url: `/api/v1/people/${p.id}` })).statusCode).toBe(404);
    const types = await t.db
      .selectFrom('events')
      .select('type')
      .where('personId', '=', p.id)
      .orderBy('seq')
      .execute();
    expect(types.map((e) => e.type)).toEqual(['person.created', 'person.updated', 'person.deleted']);
  });

  it('answers 400 naming the bad field', async () => {
    const cases: [object, string][] = [
      [{ emails: [{ email: 'nope' }] }, 'emails.0.email'],
      [{ phones: [{ phone: '12' }] }, 'phones.0.phone'],
      [{ birthday: '1990-02-30' }, 'birthday'],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
      [{ source: 'carrier_pigeon' }, 'source'],
      [{ custom: { shoe_size: 42 } }, 'custom.shoe_size'],
      [{ nickname: 'x' }, 'body'],
    ];
    for (const [body, path] of cases) {
      const res = await post('/api/v1/people', { firstName: 'X', ...body });
      expect(res.statusCode, path).toBe(400);
      expect(JSON.stringify(res.json().errors), path).toContain(path);
    }
  });

  it('rejects a stale If-Match with 412 and keeps per-field last write without it', async () => {
    const p = (await post('/api/v1/people', { firstName: 'Ivan', lastName: 'Petrov' })).json();
    const a = await api({
      method: 'PATCH',
      url: `/api/v1/people/${p.id}`,
      headers: { 'if-match': '"1"' },
      payload: { firstName: 'Ivans' },
    });
    expect(a.statusCode).toBe(200);
    const stale = await api({
      method: 'PATCH',
      url: `/api/v1/people/${p.id}`,
      headers: { 'if-match': '"1"' },
      payload: { lastName: 'Petrovs' },
    });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().code).toBe('precondition_failed');
    const blind = await api({
      method: 'PATCH',
      url: `/api/v1/people/${p.id}`,
      payload: { lastName: 'Petrovs' },
    });
    expect(blind.json()).toMatchObject({ firstName: 'Ivans', lastName: 'Petrovs', version: 3 });
  });

  it('keeps both fields when blind PATCHes of different fields race', async () => {
    const p = (await post('/api/v1/people', { firstName: 'Race', lastName: 'Condition' })).json();
    const patch = (payload: object) => api({ method: 'PATCH', url: `/api/v1/people/${p.id}`, payload });
    const results = await Promise.all([
      patch({ firstName: 'Racer' }),
      patch({ lastName: 'Conditional' }),
      patch({ language: 'lv' }),
      patch({ gender: 'female' }),
    ]);
    expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    const final = (await api({ url: `/api/v1/people/${p.id}` })).json();
    expect(final).toMatchObject({
      firstName: 'Racer',
      lastName: 'Conditional',
      language: 'lv',
      gender: 'female',
      version: 5,
    });
  });

  it('rejects an external id used by another person', async () => {
    await post('/api/v1/people', { firstName: 'A', externalIds: [{ source: 'app', id: 'u-9' }] });
    const res = await post('/api/v1/people', { firstName: 'B', externalIds: [{ source: 'app', id: 'u-9' }] });
    expect(res.statusCode).toBe(409);
  });

  it('searches by name prefix, email and phone', async () => {
    await post('/api/v1/people', {
      firstName: 'Zelda',
      lastName: 'Quārks',
      emails: [{ email: 'zq@quarks.io' }],
      phones: [{ phone: '+37129999001' }],
    });
    for (const q of [
      'zel',
      'quarks',
      'QUĀRKS',
      'Zelda Qu',
      'quarks  zel',
      'zq@q',
      '+37129999001',
      '29999001',
    ]) {
      const res = await api({ url: `/api/v1/people?q=${encodeURIComponent(q)}` });
      expect(
        res.json().data.map((p: { firstName: string }) => p.firstName),
        q,
      ).toEqual(['Zelda']);
    }
  });

  it('hides people owned by others from a manager (own scope): get, list, search, export, update', async () => {
    const m1 = await createUser(t, admin, { email: 'm1@example.com', role: 'manager' });
    const m2 = await createUser(t, admin, { email: 'm2@example.com', role: 'manager' });
    const mine = (
      await post('/api/v1/people', { firstName: 'Mine', lastName: 'Visible', ownerId: m1.id })
    ).json();
    const other = (
      await post('/api/v1/people', { firstName: 'Other', lastName: 'Visible', ownerId: m2.id })
    ).json();
    const manager = await login(t, 'm1@example.com', 'password-123');
    const asM = (opts: InjectOptions) => as(t, manager, opts);

    expect((await asM({ url: `/api/v1/people/${mine.id}` })).statusCode).toBe(200);
    expect((await asM({ url: `/api/v1/people/${other.id}` })).statusCode).toBe(404);
    const patch = await asM({
      method: 'PATCH',
      url: `/api/v1/people/${other.id}`,
      payload: { lastName: 'x' },
    });
    expect(patch.statusCode).toBe(404);
    const search = (await asM({ url: '/api/v1/people?q=visible' })).json();
    expect(search.data.map((p: { id: string }) => p.id)).toEqual([mine.id]);
    const all = (await asM({ url: '/api/v1/people?limit=500' })).json();
    expect(all.data.map((p: { id: string }) => p.id)).toEqual([mine.id]);
    const csv = (await asM({ url: '/api/v1/people?format=csv' })).body;
    expect(csv).toContain(mine.id);
    expect(csv).not.toContain(other.id);
    // Created by the manager without an owner → owned by the manager, hence visible.
    const own = await asM({ method: 'POST', url: '/api/v1/people', payload: { firstName: 'Fresh' } });
    expect(own.json().ownerId).toBe(m1.id);
  });

  it('filters by city and tags', async () => {
    await post('/api/v1/people', {
      firstName: 'Tagged',
      address: { city: 'Jūrmala' },
      tags: ['vip', 'pharmacy'],
    });
    await post('/api/v1/people', { firstName: 'Plain', address: { city: 'Jūrmala' }, tags: ['b2c'] });
    const filter = {
      and: [
        { field: 'city', op: 'eq', value: 'Jūrmala' },
        { field: 'tags', op: 'in', value: ['vip'] },
      ],
    };
    const res = (
      await api({ url: `/api/v1/people?filter=${encodeURIComponent(JSON.stringify(filter))}` })
    ).json();
    expect(res.data.map((p: { firstName: string }) => p.firstName)).toEqual(['Tagged']);
  });

  it('finds people by any email, phone or external id (for dedup and intake)', async () => {
    const p = (
      await post('/api/v1/people', {
        firstName: 'Dup',
        emails: [{ email: 'dup@one.lv' }, { email: 'dup@two.lv' }],
        phones: [{ phone: '+371 2600 0009' }],
        externalIds: [{ source: 'site', id: 'S-77' }],
      })
    ).json();
    expect(await findPeopleByEmail(t.db, ' DUP@two.lv')).toEqual([p.id]);
    expect(await findPeopleByPhone(t.db, '26000009')).toEqual([p.id]);
    expect(await findPersonByExternalId(t.db, 'site', 'S-77')).toBe(p.id);
    expect(await findPeopleByEmail(t.db, 'nobody@x.lv')).toEqual([]);
  });

  it('manages contact sources; an archived source is refused on new writes', async () => {
    const list = (await api({ url: '/api/v1/contact-sources' })).json().data;
    expect(list.map((s: { key: string }) => s.key)).toEqual([
      'exhibition',
      'web_form',
      'ebook_download',
      'call',
      'referral',
      'website',
      'other',
    ]);
    const add = await post('/api/v1/contact-sources', { key: 'trade_fair_2026', label: 'Trade fair 2026' });
    expect(add.statusCode).toBe(201);
    expect((await post('/api/v1/people', { firstName: 'S', source: 'trade_fair_2026' })).statusCode).toBe(
      201,
    );
    await api({
      method: 'PATCH',
      url: '/api/v1/contact-sources/trade_fair_2026',
      payload: { archived: true },
    });
    const refused = await post('/api/v1/people', { firstName: 'S2', source: 'trade_fair_2026' });
    expect(refused.json().errors[0].path).toBe('source');
  });

  it('needs people:export for CSV (a viewer may list but not export)', async () => {
    const viewer = (await createKey(t, admin, 'viewer')).key;
    expect((await as(t, viewer, { url: '/api/v1/people' })).statusCode).toBe(200);
    const csv = await as(t, viewer, { url: '/api/v1/people?format=csv' });
    expect(csv.statusCode).toBe(403);
    expect(csv.json().code).toBe('forbidden');
    const write = await as(t, viewer, { method: 'POST', url: '/api/v1/people', payload: { firstName: 'V' } });
    expect(write.statusCode).toBe(403);
  });

  it('exports CSV', async () => {
    const res = await api({
      url: `/api/v1/people?format=csv&filter=${encodeURIComponent(JSON.stringify({ field: 'firstName', op: 'eq', value: 'Zelda' }))}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/csv');
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toContain('id,firstName,lastName');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Zelda,Quārks');
    expect(lines[1]).toContain('zq@quarks.io');
  });
});
