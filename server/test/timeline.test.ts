import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { isSuppressed } from '../src/modules/people/suppressions.repository.js';
import { MINUTE } from '../src/platform/clock.js';
import { appendEvent } from '../src/platform/events/append-event.js';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

interface Item {
  type: string;
  at: number;
  actor: { type: string; id: string | null; name: string | null };
  payload: Record<string, unknown>;
}

describeEachDialect('timeline, notes, consent', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions) => as(t, admin, opts);
  const timeline = async (query = '') => {
    const res = await api({ url: `/api/v1/people/${personId}/timeline${query}` });
    expect(res.statusCode).toBe(200);
    return res.json() as { data: Item[]; nextCursor: string | null };
  };

  it('records field changes with who and when, a note and a consent change, newest first', async () => {
    const created = t.clock.now();
    personId = (
      await api({ method: 'POST', url: '/api/v1/people', payload: { firstName: 'Līga', lastName: 'Ozola' } })
    ).json().id;
    t.clock.advance(MINUTE);
    await api({
      method: 'PATCH',
      url: `/api/v1/people/${personId}`,
      payload: { lastName: 'Kalna', phones: [{ phone: '29000001' }] },
    });
    t.clock.advance(MINUTE);
    const note = await api({
      method: 'POST',
      url: `/api/v1/people/${personId}/notes`,
      payload: { body: 'Called, wants **invoice**' },
    });
    expect(note.statusCode).toBe(201);
    t.clock.advance(MINUTE);
    const consent = await api({
      method: 'PUT',
      url: `/api/v1/people/${personId}/consents/marketing_email`,
      payload: { status: 'granted', source: 'web_form', textVersion: 'v3' },
    });
    expect(consent.json()).toMatchObject({
      purpose: 'marketing_email',
      status: 'granted',
      changedAt: created + 3 * MINUTE,
    });

    const page = await timeline();
    expect(page.data.map((i) => i.type)).toEqual([
      'consent.changed',
      'note.added',
      'person.updated',
      'person.created',
    ]);
    const [c, n, u, cr] = page.data as [Item, Item, Item, Item];
    expect(u.payload.changes).toEqual({
      lastName: ['Ozola', 'Kalna'],
      phone: [null, '+37129000001'],
      phones: [[], [{ phone: '+37129000001', primary: true }]],
    });
    expect(u.at).toBe(created + MINUTE);
    expect(u.actor).toEqual({ type: 'user', id: admin.userId, name: 'Ada Admin' });
    expect(n.payload).toMatchObject({ body: 'Called, wants **invoice**', format: 'markdown' });
    expect(c.payload).toMatchObject({
      purpose: 'marketing_email',
      status: 'granted',
      previousStatus: null,
      source: 'web_form',
    });
    expect(cr.at).toBe(created);
  });

  it('filters by kind and paginates with a cursor', async () => {
    expect((await timeline('?kind=note')).data.map((i) => i.type)).toEqual(['note.added']);
    expect((await timeline('?kind=person')).data.map((i) => i.type)).toEqual([
      'person.updated',
      'person.created',
    ]);
    expect((await timeline('?kind=consent,note')).data).toHaveLength(2);
    const first = await timeline('?limit=3');
    expect(first.data).toHaveLength(3);
    expect(first.nextCursor).not.toBeNull();
    const second = await timeline(`?limit=3&cursor=${first.nextCursor}`);
    expect(second.data.map((i) => i.type)).toEqual(['person.created']);
    expect(second.nextCursor).toBeNull();
  });

  it('shows events other modules append with a personId, unchanged', async () => {
    await t.db.transaction().execute((trx) =>
      appendEvent(
        trx,
        t.clock,
        { type: 'system', id: null },
        {
          type: 'deal.won',
          entityType: 'deal',
          entityId: 'deal_1',
          personId,
          payload: { amount: 1000 },
        },
      ),
    );
    const page = await timeline('?kind=deal');
    expect(page.data).toEqual([
      expect.objectContaining({
        type: 'deal.won',
        entityType: 'deal',
        entityId: 'deal_1',
        actor: { type: 'system', id: null, name: null },
      }),
    ]);
  });

  it('keeps consent per purpose; a repeat writes nothing; withdrawal is a new event', async () => {
    const put = (purpose: string, payload: object) =>
      api({ method: 'PUT', url: `/api/v1/people/${personId}/consents/${purpose}`, payload });
    await put('marketing_email', { status: 'granted', source: 'web_form', textVersion: 'v3' });
    await put('data_processing', { status: 'granted', source: 'pos' });
    await put('marketing_email', { status: 'withdrawn', source: 'email_link' });
    expect((await put('marketing_fax', { status: 'granted' })).statusCode).toBe(400);
    expect((await put('marketing_sms', { status: 'maybe' })).statusCode).toBe(400);
    const list = (await api({ url: `/api/v1/people/${personId}/consents` })).json().data;
    expect(list.map((x: { purpose: string; status: string }) => [x.purpose, x.status])).toEqual([
      ['data_processing', 'granted'],
      ['marketing_email', 'withdrawn'],
    ]);
    const events = (await timeline('?kind=consent')).data;
    expect(events.map((e) => [e.payload.purpose, e.payload.status, e.payload.previousStatus])).toEqual([
      ['marketing_email', 'withdrawn', 'granted'],
      ['data_processing', 'granted', null],
      ['marketing_email', 'granted', null],
    ]);
  });

  it('answers 404 for the timeline, notes and consents of a person the caller may not see', async () => {
    await createUser(t, admin, { email: 'mgr@example.com', role: 'manager' });
    const m = await login(t, 'mgr@example.com', 'password-123');
    expect((await as(t, m, { url: `/api/v1/people/${personId}/timeline` })).statusCode).toBe(404);
    expect((await as(t, m, { url: `/api/v1/people/${personId}/consents` })).statusCode).toBe(404);
    const note = await as(t, m, {
      method: 'POST',
      url: `/api/v1/people/${personId}/notes`,
      payload: { body: 'x' },
    });
    expect(note.statusCode).toBe(404);
  });

  it('gives companies a timeline too: creation, linked people, notes', async () => {
    const c = (
      await api({ method: 'POST', url: '/api/v1/companies', payload: { name: 'Timeline SIA' } })
    ).json();
    await api({
      method: 'POST',
      url: `/api/v1/people/${personId}/companies`,
      payload: { companyId: c.id, role: 'owner' },
    });
    await api({
      method: 'POST',
      url: `/api/v1/companies/${c.id}/notes`,
      payload: { body: 'Signed the framework deal' },
    });
    const page = (await api({ url: `/api/v1/companies/${c.id}/timeline` })).json();
    expect(page.data.map((i: Item) => i.type)).toEqual([
      'note.added',
      'person.company_linked',
      'company.created',
    ]);
    expect(page.data[1].payload).toMatchObject({ companyName: 'Timeline SIA', role: 'owner' });
    // The link is on the person's timeline as well.
    expect((await timeline('?kind=person.company_linked')).data).toHaveLength(1);
  });

  it('keeps a stop-list of normalised emails and phones', async () => {
    const add = (payload: object) => api({ method: 'POST', url: '/api/v1/suppressions', payload });
    const e = await add({ channel: 'email', value: 'Spam@Example.com', reason: 'complaint' });
    expect(e.statusCode).toBe(201);
    expect(e.json().value).toBe('spam@example.com');
    expect((await add({ channel: 'email', value: 'spam@example.com' })).statusCode).toBe(409);
    expect((await add({ channel: 'sms', value: '29 000 002' })).json().value).toBe('+37129000002');
    expect((await add({ channel: 'sms', value: 'not a phone' })).json().errors[0].path).toBe('value');
    const found = (await api({ url: '/api/v1/suppressions?channel=sms&value=%2B37129000002' })).json().data;
    expect(found).toHaveLength(1);
    expect(await isSuppressed(t.db, 'sms', '+371 2900 0002')).toBe(true);
    expect(await isSuppressed(t.db, 'sms', '+371 2900 0003')).toBe(false);
    const del = await api({ method: 'DELETE', url: `/api/v1/suppressions/${e.json().id}` });
    expect(del.statusCode).toBe(204);
    expect(
      (await api({ url: '/api/v1/suppressions' })).json().data.map((s: { channel: string }) => s.channel),
    ).toEqual(['sms']);
  });
});
