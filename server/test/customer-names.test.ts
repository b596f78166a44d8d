import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('customer names on orders and deals', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let personId: string;
  let companyId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    personId = (await post('/api/v1/people', { firstName: 'Ilze', lastName: 'Ozola' })).json().id;
    companyId = (await post('/api/v1/companies', { name: 'Baltic Pharma' })).json().id;
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions, who: Session = admin) => as(t, who, opts);
  const post = (url: string, payload: object, who: Session = admin) =>
    api({ method: 'POST', url, payload }, who);
  const line = { productName: 'Tea', quantity: 1, unitPrice: 350 };

  it('lists, gets and exports orders with the customer person and company named', async () => {
    const order = (
      await post('/api/v1/orders', { personId, companyId, currency: 'EUR', lines: [line] })
    ).json();
    const walkIn = (await post('/api/v1/people', { emails: [{ email: 'walk-in@example.com' }] })).json();
    const anonymous = (
      await post('/api/v1/orders', { personId: walkIn.id, currency: 'EUR', lines: [line] })
    ).json();
    const card = (await post('/api/v1/people', { externalIds: [{ source: 'import', id: 'K-77' }] })).json();
    const byCard = (
      await post('/api/v1/orders', { personId: card.id, currency: 'EUR', lines: [line] })
    ).json();
    const rows = (await api({ url: '/api/v1/orders' })).json().data;
    expect(rows.find((o: { id: string }) => o.id === order.id)).toMatchObject({
      personName: 'Ilze Ozola',
      companyName: 'Baltic Pharma',
    });
    // A person created from an email alone is named by it.
    expect(rows.find((o: { id: string }) => o.id === anonymous.id)?.personName).toBe('walk-in@example.com');
    // One known only by the customer number an order file gave it, by that number.
    expect(rows.find((o: { id: string }) => o.id === byCard.id)?.personName).toBe('K-77');
    expect((await api({ url: `/api/v1/orders/${order.id}` })).json()).toMatchObject({
      personName: 'Ilze Ozola',
      companyName: 'Baltic Pharma',
    });
    const csv = (await api({ url: '/api/v1/orders?format=csv' })).body.split('\n');
    const header = csv[0]!.split(',');
    const row = csv.find((l) => l.startsWith(order.id))!.split(',');
    expect(row[header.indexOf('personName')]).toBe('Ilze Ozola');
    expect(row[header.indexOf('companyName')]).toBe('Baltic Pharma');
  });

  it('names a deal customer only for users who may see that customer', async () => {
    const mo = await createUser(t, admin, { email: 'mo@example.com', role: 'agent' });
    const deal = (
      await post('/api/v1/deals', {
        title: 'Vitamins for Q1',
        amount: 10_000,
        currency: 'EUR',
        personId,
        companyId,
        ownerId: mo.id,
      })
    ).json();
    expect(deal.id).toBeTruthy();
    const adminRow = (await api({ url: '/api/v1/deals' }))
      .json()
      .data.find((d: { id: string }) => d.id === deal.id);
    expect(adminRow).toMatchObject({ personName: 'Ilze Ozola', companyName: 'Baltic Pharma' });
    // The agent sees the deal (it is theirs) but not the admin's person and company.
    const moSession = await login(t, 'mo@example.com', 'password-123');
    const moRow = (await api({ url: '/api/v1/deals' }, moSession))
      .json()
      .data.find((d: { id: string }) => d.id === deal.id);
    expect(moRow).toMatchObject({ personId, personName: null, companyId, companyName: null });
  });

  it('finds orders by their customer (name, email, phone), only among customers the user may see', async () => {
    const rep = await createUser(t, admin, { email: 'rep.search@example.com', role: 'agent' });
    const zane = (
      await post('/api/v1/people', {
        firstName: 'Zane',
        lastName: 'Kalna',
        emails: [{ email: 'zane@kalna.lv' }],
        phones: [{ phone: '+37129990001' }],
        ownerId: rep.id,
      })
    ).json();
    // The order takes the customer's owner (the rep); then the customer moves to the admin.
    const order = (
      await post('/api/v1/orders', { externalId: 'ZK-1', personId: zane.id, currency: 'EUR', lines: [line] })
    ).json();
    const moved = await api({
      method: 'PATCH',
      url: `/api/v1/people/${zane.id}`,
      payload: { ownerId: admin.userId },
    });
    expect(moved.statusCode).toBe(200);
    const found = async (q: string, who: Session = admin) =>
      (await api({ url: `/api/v1/orders?q=${encodeURIComponent(q)}` }, who))
        .json()
        .data.map((o: { id: string }) => o.id) as string[];
    // Another Zane: a name several customers share finds all their orders.
    const other = (await post('/api/v1/people', { firstName: 'Zane', lastName: 'Berga' })).json();
    const otherOrder = (
      await post('/api/v1/orders', { externalId: 'ZB-1', personId: other.id, currency: 'EUR', lines: [line] })
    ).json();
    expect((await found('zane')).sort()).toEqual([order.id, otherOrder.id].sort());
    for (const q of ['kalna zane', 'zane@kal', '+37129990001', 'ZK-1', 'zk-1'])
      expect(await found(q), q).toEqual([order.id]);
    expect(await found('zanete')).not.toContain(order.id);
    expect(await found('ilze')).not.toContain(order.id);
    // The rep sees the order (theirs) but not the admin's customer: the order number finds it, her name does not.
    const repSession = await login(t, 'rep.search@example.com', 'password-123');
    expect(await found('ZK-1', repSession)).toEqual([order.id]);
    expect(await found('zane', repSession)).toEqual([]);
  });
});
