import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { duplicatesConsumer } from '../src/modules/people/duplicates/duplicates.consumer.js';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';
import { drainConsumer } from './drain-consumer.js';

describeEachDialect('merge people', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  let viewer: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    await createUser(t, admin, { email: 'agent@x.io', role: 'agent' });
    await createUser(t, admin, { email: 'viewer@x.io', role: 'viewer' });
    agent = await login(t, 'agent@x.io', 'password-123');
    viewer = await login(t, 'viewer@x.io', 'password-123');
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions, who: Session = admin) => as(t, who, opts);
  const post = (url: string, payload?: object, who?: Session) => api({ method: 'POST', url, payload }, who);
  const put = (url: string, payload: object) => api({ method: 'PUT', url, payload });
  const create = async (body: object) => (await post('/api/v1/people', body)).json().id as string;
  const merge = (payload: object, who?: Session) => post('/api/v1/people/merge', payload, who);

  it('merges links, consents, history and identities into the survivor in one step', async () => {
    const s = await create({
      firstName: 'Anna',
      lastName: 'Bērziņa',
      emails: [{ email: 'anna@x.lv' }],
      tags: ['vip'],
      externalIds: [{ source: 'pos', id: 'A1' }],
    });
    const m = await create({
      firstName: 'Anne',
      lastName: 'Berzina',
      birthday: '1990-04-12',
      emails: [{ email: 'anna@x.lv' }, { email: 'anna@work.lv' }],
      phones: [{ phone: '20000001' }],
      tags: ['b2c'],
      externalIds: [{ source: 'shop', id: 'S9' }],
    });
    const acme = (await post('/api/v1/companies', { name: 'Acme' })).json().id;
    const beta = (await post('/api/v1/companies', { name: 'Beta' })).json().id;
    await post(`/api/v1/people/${s}/companies`, { companyId: acme, role: 'CEO' });
    await post(`/api/v1/people/${m}/companies`, { companyId: acme, role: 'intern' });
    await post(`/api/v1/people/${m}/companies`, { companyId: beta, role: 'advisor' });
    await put(`/api/v1/people/${s}/consents/marketing_email`, { status: 'granted' });
    await put(`/api/v1/people/${m}/consents/data_processing`, { status: 'granted' });
    t.clock.advance(60_000);
    await put(`/api/v1/people/${m}/consents/marketing_email`, { status: 'withdrawn' });
    await put(`/api/v1/people/${s}/consents/data_processing`, { status: 'withdrawn' });
    await post(`/api/v1/people/${m}/notes`, { body: 'Met at the fair' });
    await drainConsumer(t, duplicatesConsumer);
    const pair = (await api({ url: '/api/v1/people/duplicates' })).json().data[0];
    expect(pair.people.map((p: { id: string }) => p.id).sort()).toEqual([s, m].sort());

    const res = await merge({ survivorId: s, mergedId: m, values: { firstName: 'merged', email: 'merged' } });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect(after).toMatchObject({
      id: s,
      firstName: 'Anne',
      lastName: 'Bērziņa', // survivor keeps its own by default
      birthday: '1990-04-12', // the survivor had none: filled from the merged person
      email: 'anna@x.lv',
      phone: '+37120000001',
      tags: ['vip', 'b2c'],
      version: 2,
    });
    expect(after.emails.map((e: { email: string }) => e.email)).toEqual(['anna@x.lv', 'anna@work.lv']);
    expect(after.externalIds).toHaveLength(2);

    const companies = (await api({ url: `/api/v1/people/${s}/companies` })).json().data;
    expect(companies.map((c: { role: string }) => c.role).sort()).toEqual(['CEO', 'advisor']);
    const consents = (await api({ url: `/api/v1/people/${s}/consents` })).json().data;
    expect(consents.map((c: { purpose: string; status: string }) => [c.purpose, c.status])).toEqual([
      ['data_processing', 'withdrawn'],
      ['marketing_email', 'withdrawn'],
    ]);

    const timeline = (await api({ url: `/api/v1/people/${s}/timeline?limit=100` })).json().data;
    const types = timeline.map((e: { type: string }) => e.type);
    expect(types[0]).toBe('person.merged');
    expect(types).toContain('note.added');
    expect(types.filter((x: string) => x === 'person.created')).toHaveLength(2);
    expect(timeline[0].payload).toMatchObject({ mergedId: m, survivorId: s, chosen: { firstName: 'Anne' } });

    // The merged person is a tombstone that points at the survivor.
    const gone = await api({ url: `/api/v1/people/${m}` });
    expect(gone.statusCode).toBe(301);
    expect(gone.headers.location).toBe(`/api/v1/people/${s}`);
    expect(gone.json()).toMatchObject({ code: 'person_merged', survivorId: s });
    const list = (await api({ url: '/api/v1/people?limit=100' }))
      .json()
      .data.map((p: { id: string }) => p.id);
    expect(list).toContain(s);
    expect(list).not.toContain(m);
    expect(
      (await api({ url: `/api/v1/people?q=anna@work` })).json().data.map((p: { id: string }) => p.id),
    ).toEqual([s]);
    expect(
      (await api({ method: 'PATCH', url: `/api/v1/people/${m}`, payload: { firstName: 'X' } })).statusCode,
    ).toBe(404);
    expect((await merge({ survivorId: s, mergedId: m })).statusCode).toBe(404);

    expect((await api({ url: '/api/v1/people/duplicates' })).json().data).toEqual([]);
    expect((await api({ url: '/api/v1/people/duplicates?status=merged' })).json().data).toHaveLength(1);
    const audit = await t.db
      .selectFrom('auditLog')
      .select(['action', 'entityId'])
      .where('action', '=', 'merge')
      .execute();
    expect(audit).toEqual([{ action: 'merge', entityId: s }]);
  });

  it('refuses self-merges, companies, invisible people and callers without update rights', async () => {
    const a = await create({ firstName: 'A' });
    const b = await create({ firstName: 'B' });
    const company = (await post('/api/v1/companies', { name: 'Co' })).json().id;
    const self = await merge({ survivorId: a, mergedId: a });
    expect(self.statusCode).toBe(400);
    expect(self.json().errors).toEqual([
      { path: 'mergedId', message: 'cannot merge a person into itself', code: 'self_merge' },
    ]);
    expect((await merge({ survivorId: a, mergedId: company })).statusCode).toBe(400);
    expect((await merge({ survivorId: company, mergedId: b })).json().errors[0].path).toBe('survivorId');
    expect((await merge({ survivorId: a, mergedId: b, values: { shoeSize: 'merged' } })).statusCode).toBe(
      400,
    );
    expect((await merge({ survivorId: a, mergedId: b, values: { firstName: 'both' } })).statusCode).toBe(400);
    // The agent sees only their own people: the admin's are 404, not 403.
    const own = (await post('/api/v1/people', { firstName: 'Mine' }, agent)).json().id;
    expect((await merge({ survivorId: own, mergedId: a }, agent)).statusCode).toBe(404);
    expect((await merge({ survivorId: a, mergedId: b }, viewer)).statusCode).toBe(403);
    // Nothing changed.
    expect((await api({ url: `/api/v1/people/${b}` })).statusCode).toBe(200);
  });
});
