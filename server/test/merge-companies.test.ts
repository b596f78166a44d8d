import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('merge companies', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    await createUser(t, admin, { email: 'agent@x.io', role: 'agent' });
    agent = await login(t, 'agent@x.io', 'password-123');
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions, who: Session = admin) => as(t, who, opts);
  const post = (url: string, payload?: object, who?: Session) => api({ method: 'POST', url, payload }, who);
  const merge = (payload: object, who?: Session) => post('/api/v1/companies/merge', payload, who);

  it('moves people, files and history to the survivor and leaves a tombstone', async () => {
    const s = (await post('/api/v1/companies', { name: 'Acme', tags: ['b2b'] })).json().id;
    const m = (
      await post('/api/v1/companies', { name: 'ACME Ltd', domain: 'acme.lv', industry: 'IT', tags: ['vip'] })
    ).json().id;
    const anna = (await post('/api/v1/people', { firstName: 'Anna' })).json().id;
    const juris = (await post('/api/v1/people', { firstName: 'Juris' })).json().id;
    await post(`/api/v1/people/${anna}/companies`, { companyId: s, role: 'CEO' });
    await post(`/api/v1/people/${anna}/companies`, { companyId: m, role: 'owner' });
    await post(`/api/v1/people/${juris}/companies`, { companyId: m, role: 'buyer' });
    await post(`/api/v1/companies/${m}/notes`, { body: 'Old account' });
    const file = await api({
      method: 'POST',
      url: `/api/v1/companies/${m}/attachments?filename=c.pdf`,
      payload: Buffer.from('%PDF-1.4\n'),
      headers: { 'content-type': 'application/pdf' },
    });
    expect(file.statusCode).toBe(201);

    const res = await merge({ survivorId: s, mergedId: m, values: { name: 'merged' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      id: s,
      name: 'ACME Ltd',
      domain: 'acme.lv',
      industry: 'IT',
      tags: ['b2b', 'vip'],
      version: 2,
    });

    const people = (await api({ url: `/api/v1/companies/${s}/people` })).json().data;
    expect(people.map((p: { role: string }) => p.role).sort()).toEqual(['CEO', 'buyer']);
    const files = (await api({ url: `/api/v1/companies/${s}/attachments` })).json().data;
    expect(files.map((f: { id: string }) => f.id)).toEqual([file.json().id]);
    const types = (await api({ url: `/api/v1/companies/${s}/timeline?limit=100` }))
      .json()
      .data.map((e: { type: string }) => e.type);
    expect(types[0]).toBe('company.merged');
    expect(types).toContain('note.added');

    const gone = await api({ url: `/api/v1/companies/${m}` });
    expect(gone.statusCode).toBe(301);
    expect(gone.headers.location).toBe(`/api/v1/companies/${s}`);
    expect(gone.json()).toMatchObject({ code: 'company_merged', survivorId: s });
    const list = (await api({ url: '/api/v1/companies' })).json().data.map((c: { id: string }) => c.id);
    expect(list).toEqual([s]);
    expect((await merge({ survivorId: s, mergedId: m })).statusCode).toBe(404);
  });

  it('refuses self-merges, people ids, invisible companies and callers without rights', async () => {
    const a = (await post('/api/v1/companies', { name: 'A' })).json().id;
    const b = (await post('/api/v1/companies', { name: 'B' })).json().id;
    const person = (await post('/api/v1/people', { firstName: 'P' })).json().id;
    expect((await merge({ survivorId: a, mergedId: a })).statusCode).toBe(400);
    const cross = await merge({ survivorId: a, mergedId: person });
    expect(cross.statusCode).toBe(400);
    expect(cross.json().errors[0].path).toBe('mergedId');
    expect((await post('/api/v1/people/merge', { survivorId: person, mergedId: a })).statusCode).toBe(400);
    expect((await merge({ survivorId: a, mergedId: b, values: { tags: 'merged' } })).statusCode).toBe(400);
    const own = (await post('/api/v1/companies', { name: 'Mine' }, agent)).json().id;
    expect((await merge({ survivorId: own, mergedId: a }, agent)).statusCode).toBe(404);
    expect((await api({ url: `/api/v1/companies/${b}` })).statusCode).toBe(200);
  });
});
