import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('companies', (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions) => as(t, admin, opts);
  const post = (url: string, payload: object) => api({ method: 'POST', url, payload });

  it('creates, updates (If-Match) and deletes a company', async () => {
    const res = await post('/api/v1/companies', {
      name: 'Baltic Pharma',
      legalName: 'SIA Baltic Pharma',
      taxId: 'LV40003000000',
      website: 'https://www.balticpharma.lv/about',
      turnover: { amount: 125_000_000, currency: 'EUR' },
      address: { country: 'LV', city: 'Riga' },
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ id: expect.stringMatching(/^com_/), domain: 'balticpharma.lv', version: 1 });
    expect(c.turnover).toEqual({ amount: 125_000_000, currency: 'EUR' });

    const stale = await api({
      method: 'PATCH',
      url: `/api/v1/companies/${c.id}`,
      headers: { 'if-match': '"7"' },
      payload: { industry: 'pharma' },
    });
    expect(stale.statusCode).toBe(412);
    const ok = await api({
      method: 'PATCH',
      url: `/api/v1/companies/${c.id}`,
      headers: { 'if-match': '1' },
      payload: { industry: 'pharma' },
    });
    expect(ok.json()).toMatchObject({ industry: 'pharma', version: 2 });

    const bad = await post('/api/v1/companies', { name: 'X', website: 'ftp://x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('website');

    expect((await api({ method: 'DELETE', url: `/api/v1/companies/${c.id}` })).statusCode).toBe(204);
    expect((await api({ url: `/api/v1/companies/${c.id}` })).statusCode).toBe(404);
    const types = await t.db
      .selectFrom('events')
      .select('type')
      .where('companyId', '=', c.id)
      .orderBy('seq')
      .execute();
    expect(types.map((e) => e.type)).toEqual(['company.created', 'company.updated', 'company.deleted']);
  });

  it('links people to companies both ways, searchable by company name', async () => {
    const acme = (await post('/api/v1/companies', { name: 'Acme Logistics' })).json();
    const p1 = (await post('/api/v1/people', { firstName: 'Jānis', lastName: 'Kalniņš' })).json();
    const p2 = (await post('/api/v1/people', { firstName: 'Olga', lastName: 'Smirnova' })).json();
    const link = await post(`/api/v1/people/${p1.id}/companies`, { companyId: acme.id, role: 'CFO' });
    expect(link.statusCode).toBe(201);
    await post(`/api/v1/people/${p2.id}/companies`, { companyId: acme.id, role: 'buyer' });

    const people = (await api({ url: `/api/v1/companies/${acme.id}/people` })).json();
    expect(people.data.map((x: { role: string; person: { id: string } }) => [x.person.id, x.role])).toEqual([
      [p1.id, 'CFO'],
      [p2.id, 'buyer'],
    ]);
    const companies = (await api({ url: `/api/v1/people/${p1.id}/companies` })).json();
    expect(companies.data).toEqual([{ role: 'CFO', company: expect.objectContaining({ id: acme.id }) }]);

    const found = (await api({ url: '/api/v1/people?q=acme' })).json();
    expect(found.data.map((p: { id: string }) => p.id).sort()).toEqual([p1.id, p2.id].sort());

    const missing = await post(`/api/v1/people/${p1.id}/companies`, { companyId: 'com_nope' });
    expect(missing.statusCode).toBe(404);
    const unlink = await api({
      method: 'DELETE',
      url: `/api/v1/people/${p2.id}/companies/${acme.id}`,
    });
    expect(unlink.statusCode).toBe(204);
    const after = (await api({ url: `/api/v1/companies/${acme.id}/people` })).json();
    expect(after.data).toHaveLength(1);
    const ev = await t.db
      .selectFrom('events')
      .select(['type', 'personId'])
      .where('companyId', '=', acme.id)
      .orderBy('seq')
      .execute();
    expect(ev.map((e) => e.type)).toEqual([
      'company.created',
      'person.company_linked',
      'person.company_linked',
      'person.company_unlinked',
    ]);
  });

  it('lists with filter, sort and CSV', async () => {
    await post('/api/v1/companies', {
      name: 'Zeta',
      industry: 'retail',
      turnover: { amount: 500, currency: 'EUR' },
    });
    await post('/api/v1/companies', {
      name: 'Yotta',
      industry: 'retail',
      turnover: { amount: 900, currency: 'EUR' },
    });
    const filter = encodeURIComponent(JSON.stringify({ field: 'industry', op: 'eq', value: 'retail' }));
    const res = (await api({ url: `/api/v1/companies?filter=${filter}&sort=-turnover` })).json();
    expect(res.data.map((c: { name: string }) => c.name)).toEqual(['Yotta', 'Zeta']);
    const csv = await api({ url: `/api/v1/companies?filter=${filter}&sort=name&format=csv` });
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toMatch(/^id,name,/);
    expect(lines.slice(1).map((l) => l.split(',')[1])).toEqual(['Yotta', 'Zeta']);
    const q = (await api({ url: '/api/v1/companies?q=zet' })).json();
    expect(q.data.map((c: { name: string }) => c.name)).toEqual(['Zeta']);
  });

  it('hides companies owned by others from a manager (own scope)', async () => {
    const m = await createUser(t, admin, { email: 'cm@example.com', role: 'manager' });
    const mine = (await post('/api/v1/companies', { name: 'Mine Ltd', ownerId: m.id })).json();
    const other = (await post('/api/v1/companies', { name: 'Other Ltd' })).json();
    const s = await login(t, 'cm@example.com', 'password-123');
    const asM = (opts: InjectOptions) => as(t, s, opts);
    expect((await asM({ url: `/api/v1/companies/${mine.id}` })).statusCode).toBe(200);
    for (const url of [
      `/api/v1/companies/${other.id}`,
      `/api/v1/companies/${other.id}/people`,
      `/api/v1/companies/${other.id}/timeline`,
    ]) {
      expect((await asM({ url })).statusCode, url).toBe(404);
    }
    const list = (await asM({ url: '/api/v1/companies' })).json();
    expect(list.data.map((c: { id: string }) => c.id)).toEqual([mine.id]);
    expect((await asM({ url: '/api/v1/companies?q=other' })).json().data).toEqual([]);
    const csv = (await asM({ url: '/api/v1/companies?format=csv' })).body;
    expect(csv).not.toContain(other.id);
  });
});
