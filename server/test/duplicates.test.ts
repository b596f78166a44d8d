import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { duplicatesConsumer } from '../src/modules/people/duplicates/duplicates.consumer.js';
import { scanDuplicatesJob } from '../src/modules/people/duplicates/scan-duplicates.job.js';
import type { JobHandler } from '../src/platform/jobs/job-handler.js';
import { JobRunner } from '../src/platform/jobs/job-runner.js';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';
import { drainConsumer } from './drain-consumer.js';

describeEachDialect('people duplicates', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let agent: Session;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    await createUser(t, admin, { email: 'agent@x.io', role: 'agent' });
    agent = await login(t, 'agent@x.io', 'password-123');
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions, who: Session = admin) => as(t, who, opts);
  const post = (url: string, payload?: object, who?: Session) => api({ method: 'POST', url, payload }, who);
  const person = async (key: string, body: object) => {
    const res = await post('/api/v1/people', body);
    expect(res.statusCode).toBe(201);
    ids[key] = res.json().id;
    return ids[key]!;
  };
  const drain = () => drainConsumer(t, duplicatesConsumer);
  const queue = async (query = '', who: Session = admin) => {
    const res = await api({ url: `/api/v1/people/duplicates${query}` }, who);
    expect(res.statusCode).toBe(200);
    return res.json() as {
      data: {
        id: string;
        score: number;
        reasons: { kind: string; value: string }[];
        people: { id: string }[];
      }[];
      nextCursor: string | null;
    };
  };
  const pairOf = (data: Awaited<ReturnType<typeof queue>>['data'], a: string, b: string) =>
    data.find((p) => p.people.some((x) => x.id === ids[a]) && p.people.some((x) => x.id === ids[b]));

  it('finds pairs by email, phone and name at the same company, incrementally from events', async () => {
    await person('anna1', { firstName: 'Anna', lastName: 'Bērziņa', emails: [{ email: 'anna@x.lv' }] });
    await person('anna2', { firstName: 'Anna', lastName: 'Berzina', emails: [{ email: 'ANNA@x.lv' }] });
    await person('p1', { firstName: 'Pēteris', lastName: 'Ozols', phones: [{ phone: '20 000 001' }] });
    await person('p2', { firstName: 'Juris', lastName: 'Liepa', phones: [{ phone: '+371 20000001' }] });
    await person('k1', { firstName: 'A.', lastName: 'Kalniņa' });
    await person('k2', { firstName: 'Agnese', lastName: 'Kalnina' });
    await person('k3', { firstName: 'Zane', lastName: 'Kalnina' });
    await person('other', { firstName: 'Agnese', lastName: 'Kalnina' }); // same name, other company
    const acme = (await post('/api/v1/companies', { name: 'Acme' })).json().id;
    const beta = (await post('/api/v1/companies', { name: 'Beta' })).json().id;
    for (const k of ['k1', 'k2', 'k3']) await post(`/api/v1/people/${ids[k]}/companies`, { companyId: acme });
    await post(`/api/v1/people/${ids.other}/companies`, { companyId: beta });
    expect((await queue()).data).toEqual([]);
    await drain();

    const { data } = await queue();
    expect(data).toHaveLength(3);
    expect(pairOf(data, 'anna1', 'anna2')).toMatchObject({
      reasons: [{ kind: 'email', value: 'anna@x.lv' }],
    });
    expect(pairOf(data, 'p1', 'p2')).toMatchObject({
      reasons: [{ kind: 'phone', value: '+37120000001' }],
      score: 80,
    });
    expect(pairOf(data, 'k1', 'k2')).toMatchObject({ reasons: [{ kind: 'name_company', value: 'Acme' }] });
    // Email + similar name (no company) still counts once per reason kind; best score first.
    expect(data.map((p) => p.score)).toEqual([...data.map((p) => p.score)].sort((a, b) => b - a));
    expect(data[0]!.score).toBe(90);

    const first = await queue('?limit=2');
    expect(first.data).toHaveLength(2);
    const second = await queue(`?limit=2&cursor=${first.nextCursor}`);
    expect(second.data).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.data, ...second.data].map((p) => p.id)).size).toBe(3);

    // Changing the phone removes the pair; replaying the consumer changes nothing.
    await api({
      method: 'PATCH',
      url: `/api/v1/people/${ids.p2}`,
      payload: { phones: [{ phone: '20 000 002' }] },
    });
    await drain();
    expect(pairOf((await queue()).data, 'p1', 'p2')).toBeUndefined();
    expect((await queue()).data).toHaveLength(2);
  });

  it('hides pairs the caller cannot see both halves of', async () => {
    expect((await queue('', agent)).data).toEqual([]);
  });

  it('dismisses a pair for good', async () => {
    const pair = pairOf((await queue()).data, 'k1', 'k2')!;
    const res = await post(`/api/v1/people/duplicates/${pair.id}/dismiss`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: pair.id, status: 'dismissed' });
    expect(pairOf((await queue()).data, 'k1', 'k2')).toBeUndefined();
    expect((await queue('?status=dismissed')).data.map((p) => p.id)).toEqual([pair.id]);
    await api({ method: 'PATCH', url: `/api/v1/people/${ids.k2}`, payload: { middleName: 'M' } });
    await drain();
    expect(pairOf((await queue()).data, 'k1', 'k2')).toBeUndefined();
    expect((await post(`/api/v1/people/duplicates/${pair.id}/dismiss`, undefined, agent)).statusCode).toBe(
      404,
    );
    expect((await post('/api/v1/people/duplicates/dup_nope/dismiss')).statusCode).toBe(404);
  });

  it('rescans everything as a job', async () => {
    await t.db.deleteFrom('personDuplicates').where('status', '=', 'open').execute();
    expect((await queue()).data).toEqual([]);
    const res = await post('/api/v1/people/duplicates/scan');
    expect(res.statusCode).toBe(202);
    expect((await post('/api/v1/people/duplicates/scan')).json().jobId).toBe(res.json().jobId);
    expect((await post('/api/v1/people/duplicates/scan', undefined, agent)).statusCode).toBe(403);
    const runner = new JobRunner(t, [scanDuplicatesJob as JobHandler], { owner: 'test' });
    const ran = await runner.tick();
    expect(ran.map((j) => j.id)).toEqual([res.json().jobId]);
    const job = (await api({ url: `/api/v1/jobs/${res.json().jobId}` })).json();
    expect(job).toMatchObject({ status: 'done', result: { scanned: 8 } });
    expect((await queue()).data).toHaveLength(1);
    expect(pairOf((await queue()).data, 'anna1', 'anna2')).toBeDefined();
  });
});
