import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('leads', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let manager: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    await createUser(t, admin, { email: 'm@x.io', role: 'manager', password: 'password-123' });
    manager = await login(t, 'm@x.io', 'password-123');
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions, who: Session = admin) => as(t, who, opts);
  const post = (url: string, payload: object, who: Session = admin) =>
    api({ method: 'POST', url, payload }, who);

  it('creates with normalised contacts, reads, updates (If-Match), lists, exports and deletes', async () => {
    const res = await post('/api/v1/leads', {
      firstName: 'Anna',
      lastName: 'Ozola',
      email: ' Anna@Example.LV ',
      phone: '20 000 001',
      source: 'exhibition',
      interest: 'forklifts',
    });
    expect(res.statusCode).toBe(201);
    const lead = res.json();
    expect(lead).toMatchObject({
      email: 'anna@example.lv',
      phone: '+37120000001',
      status: 'new',
      score: 0,
      ownerId: admin.userId,
      personId: null,
      version: 1,
    });
    expect((await post('/api/v1/leads', { source: 'nope' })).json().errors[0].path).toBe('source');
    expect((await post('/api/v1/leads', { phone: '12' })).json().errors[0].path).toBe('phone');
    expect((await post('/api/v1/leads', { status: 'converted' })).statusCode).toBe(400);
    expect((await post('/api/v1/leads', { bogus: 1 })).statusCode).toBe(400);

    const stale = await api({
      method: 'PATCH',
      url: `/api/v1/leads/${lead.id}`,
      headers: { 'if-match': '9' },
      payload: { status: 'working' },
    });
    expect(stale.statusCode).toBe(412);
    const ok = await api({
      method: 'PATCH',
      url: `/api/v1/leads/${lead.id}`,
      payload: { status: 'working' },
    });
    expect(ok.json()).toMatchObject({ status: 'working', version: 2 });

    const filtered = await api({
      url: `/api/v1/leads?filter=${encodeURIComponent(JSON.stringify({ field: 'status', op: 'eq', value: 'working' }))}`,
    });
    expect(filtered.statusCode).toBe(200);
    expect(filtered.json().data.map((l: { id: string }) => l.id)).toEqual([lead.id]);

    const csv = await api({ url: '/api/v1/leads?format=csv' });
    expect(csv.statusCode).toBe(200);
    expect(csv.body.split('\n')[0]).toContain('firstName');
    expect(csv.body).toContain('anna@example.lv');

    const timeline = await t.db.selectFrom('events').select('type').where('entityId', '=', lead.id).execute();
    expect(timeline.map((e) => e.type)).toEqual(['lead.created', 'lead.updated']);

    expect((await api({ method: 'DELETE', url: `/api/v1/leads/${lead.id}` })).statusCode).toBe(204);
    expect((await api({ url: `/api/v1/leads/${lead.id}` })).statusCode).toBe(404);
  });

  it('sorts by score and hides other owners from an own-scope manager', async () => {
    const mine = (await post('/api/v1/leads', { firstName: 'Mine' }, manager)).json();
    const other = (await post('/api/v1/leads', { firstName: 'Other' })).json();
    await t.db.updateTable('leads').set({ score: 50 }).where('id', '=', other.id).execute();
    await t.db.updateTable('leads').set({ score: 10 }).where('id', '=', mine.id).execute();
    const sorted = (await api({ url: '/api/v1/leads?sort=-score' })).json().data;
    expect(sorted.map((l: { firstName: string }) => l.firstName).slice(0, 2)).toEqual(['Other', 'Mine']);
    const seen = (await api({ url: '/api/v1/leads' }, manager)).json().data;
    expect(seen.map((l: { id: string }) => l.id)).toEqual([mine.id]);
    expect((await api({ url: `/api/v1/leads/${other.id}` }, manager)).statusCode).toBe(404);
    expect(
      (
        await post(
          '/api/v1/lead-scoring-rules',
          { kind: 'field', name: 'x', condition: {}, points: 1 },
          manager,
        )
      ).statusCode,
    ).toBe(403);
  });
});
