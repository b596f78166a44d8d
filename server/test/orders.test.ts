import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('orders', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    const p = await post('/api/v1/people', { firstName: 'Ilze', lastName: 'Ozola' });
    personId = p.json().id;
    if (!personId) throw new Error(p.body);
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions, who: Session = admin) => as(t, who, opts);
  function post(url: string, payload: object, who: Session = admin, headers: Record<string, string> = {}) {
    return api({ method: 'POST', url, payload, headers }, who);
  }
  const line = (over: object = {}) => ({ productName: 'Tea', quantity: 2, unitPrice: 350, ...over });

  it('computes totals in minor units and links lines to products by SKU', async () => {
    const cat = (await post('/api/v1/product-categories', { name: 'Drinks' })).json();
    const prod = (
      await post('/api/v1/products', { sku: 'TEA-1', name: 'Green tea', categoryId: cat.id })
    ).json();
    const res = await post('/api/v1/orders', {
      personId,
      currency: 'EUR',
      channel: 'pos',
      lines: [
        { sku: 'TEA-1', quantity: 3, unitPrice: 199, discount: 50 },
        line({ quantity: 1.5, unitPrice: 1001 }),
      ],
    });
    expect(res.statusCode).toBe(201);
    const o = res.json();
    expect(o).toMatchObject({ status: 'placed', subtotal: 597 + 1502, discount: 50, total: 597 + 1502 - 50 });
    expect(o.lines[0]).toMatchObject({
      productId: prod.id,
      productName: 'Green tea',
      category: 'Drinks',
      total: 547,
    });
    const got = (await api({ url: `/api/v1/orders/${o.id}` })).json();
    expect(got.lines).toHaveLength(2);
    expect(got.total).toBe(o.total);
  });

  it('is idempotent by externalId and by Idempotency-Key', async () => {
    const body = { externalId: 'POS-1', personId, currency: 'EUR', lines: [line()] };
    const a = await post('/api/v1/orders', body);
    const b = await post('/api/v1/orders', { ...body, lines: [line({ quantity: 9 })] });
    expect([a.statusCode, b.statusCode]).toEqual([201, 200]);
    expect(b.json().id).toBe(a.json().id);
    expect(b.json().total).toBe(700);
    const k = { 'idempotency-key': 'retry-123' };
    const c = await post('/api/v1/orders', { personId, currency: 'EUR', lines: [line()] }, admin, k);
    const d = await post('/api/v1/orders', { personId, currency: 'EUR', lines: [line()] }, admin, k);
    expect([c.statusCode, d.statusCode]).toEqual([201, 200]);
    expect(d.json().id).toBe(c.json().id);
    const filter = encodeURIComponent(JSON.stringify({ field: 'externalId', op: 'eq', value: 'POS-1' }));
    expect((await api({ url: `/api/v1/orders?filter=${filter}` })).json().data).toHaveLength(1);
  });

  it('allows negative quantities only on returned orders', async () => {
    const bad = await post('/api/v1/orders', {
      personId,
      currency: 'EUR',
      lines: [line(), line({ quantity: -1 })],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('lines[1].quantity');
    const ret = await post('/api/v1/orders', {
      personId,
      status: 'returned',
      currency: 'EUR',
      lines: [line({ quantity: -1 })],
    });
    expect(ret.statusCode).toBe(201);
    expect(ret.json().total).toBe(-350);
    const back = await api({
      method: 'PATCH',
      url: `/api/v1/orders/${ret.json().id}`,
      payload: { status: 'paid' },
    });
    expect(back.statusCode).toBe(400);
    expect(back.json().errors[0].path).toBe('status');
    // The order tells which statuses it may take, so a client offers only those.
    expect((await api({ url: `/api/v1/orders/${ret.json().id}` })).json().allowedStatuses).toEqual([
      'returned',
    ]);
    const plain = (
      await post('/api/v1/orders', { personId, status: 'returned', currency: 'EUR', lines: [line()] })
    ).json();
    expect((await api({ url: `/api/v1/orders/${plain.id}` })).json().allowedStatuses).toContain('delivered');
    const moved = await api({
      method: 'PATCH',
      url: `/api/v1/orders/${plain.id}`,
      payload: { status: 'delivered' },
    });
    expect(moved.statusCode).toBe(200);
  });

  it('changes status and puts order events on the person timeline', async () => {
    const o = (await post('/api/v1/orders', { personId, currency: 'EUR', lines: [line()] })).json();
    const r = await api({ method: 'PATCH', url: `/api/v1/orders/${o.id}`, payload: { status: 'paid' } });
    expect(r.json()).toMatchObject({ status: 'paid', version: 2 });
    const tl = (await api({ url: `/api/v1/people/${personId}/timeline?limit=200` })).json().data;
    const mine = tl.filter((e: { entityId: string }) => e.entityId === o.id);
    expect(mine.map((e: { type: string }) => e.type).sort()).toEqual([
      'order.placed',
      'order.status_changed',
    ]);
    const placed = mine.find((e: { type: string }) => e.type === 'order.placed');
    expect(placed.payload).toMatchObject({ personId, total: 700, currency: 'EUR', lineCount: 1 });
    const hist = (await api({ url: `/api/v1/people/${personId}/orders` })).json();
    expect(hist.data.length).toBeGreaterThanOrEqual(4);
    expect(hist.totals[0]).toMatchObject({ currency: 'EUR' });
    const filter = encodeURIComponent(JSON.stringify({ field: 'status', op: 'eq', value: 'paid' }));
    expect(
      (await api({ url: `/api/v1/orders?filter=${filter}` })).json().data.map((x: { id: string }) => x.id),
    ).toEqual([o.id]);
    const csv = await api({ url: '/api/v1/orders?format=csv' });
    expect(csv.body.split('\n')[0]).toContain('externalId');
  });

  it('numbers every order: the external id, else ORD-n in sequence; search finds the shown number', async () => {
    const ext = (
      await post('/api/v1/orders', { externalId: 'WEB-77', personId, currency: 'EUR', lines: [line()] })
    ).json();
    expect(ext.number).toBe('WEB-77');
    const a = (await post('/api/v1/orders', { personId, currency: 'EUR', lines: [line()] })).json();
    const b = (await post('/api/v1/orders', { personId, currency: 'EUR', lines: [line()] })).json();
    expect(a.number).toMatch(/^ORD-\d{5}$/);
    expect(Number(b.number.slice(4))).toBe(Number(a.number.slice(4)) + 1);
    // A retry of an external id answers the stored order and takes no number.
    const again = await post('/api/v1/orders', {
      externalId: 'WEB-77',
      personId,
      currency: 'EUR',
      lines: [line()],
    });
    expect(again.statusCode).toBe(200);
    expect(again.json().number).toBe('WEB-77');
    const c = (await post('/api/v1/orders', { personId, currency: 'EUR', lines: [line()] })).json();
    expect(Number(c.number.slice(4))).toBe(Number(b.number.slice(4)) + 1);
    for (const q of [b.number, b.number.toLowerCase(), 'web-7']) {
      const found = (await api({ url: `/api/v1/orders?q=${encodeURIComponent(q)}` })).json().data;
      expect(
        found.map((o: { number: string }) => o.number),
        q,
      ).toContain(q === 'web-7' ? 'WEB-77' : b.number);
    }
    expect((await api({ url: `/api/v1/orders/${b.id}` })).json().number).toBe(b.number);
  });

  it("finds an order by its own company as well as by its person's company", async () => {
    const co = (await post('/api/v1/companies', { name: 'Kalniņš un dēli' })).json();
    const other = (await post('/api/v1/companies', { name: 'Kalna ceļi' })).json();
    const emp = (await post('/api/v1/people', { firstName: 'Jānis', lastName: 'Bērziņš' })).json();
    await post(`/api/v1/people/${emp.id}/companies`, { companyId: co.id });
    const own = (await post('/api/v1/orders', { companyId: co.id, currency: 'EUR', lines: [line()] })).json();
    const viaPerson = (
      await post('/api/v1/orders', { personId: emp.id, currency: 'EUR', lines: [line()] })
    ).json();
    const elsewhere = (
      await post('/api/v1/orders', { companyId: other.id, currency: 'EUR', lines: [line()] })
    ).json();
    for (const q of ['Kalniņš un dēli', 'kalniņš']) {
      const ids = (await api({ url: `/api/v1/orders?q=${encodeURIComponent(q)}` }))
        .json()
        .data.map((o: { id: string }) => o.id);
      expect(ids.sort(), q).toEqual([own.id, viaPerson.id].sort());
    }
    expect(elsewhere.id).toBeTruthy();
    // A user who may not see the company does not find its order by the company's name.
    await createUser(t, admin, { email: 'kim@example.com', role: 'manager' });
    const kim = await login(t, 'kim@example.com', 'password-123');
    const mine = (await post('/api/v1/people', { firstName: 'Kim client' }, kim)).json();
    await post('/api/v1/orders', { personId: mine.id, currency: 'EUR', lines: [line()] }, kim);
    expect(
      (await api({ url: `/api/v1/orders?q=${encodeURIComponent('Kalniņš')}` }, kim)).json().data,
    ).toEqual([]);
  });

  it('checks visibility of the customer and of orders', async () => {
    await createUser(t, admin, { email: 'mo@example.com', role: 'manager' });
    const mo = await login(t, 'mo@example.com', 'password-123');
    const hidden = await post('/api/v1/orders', { personId, currency: 'EUR', lines: [line()] }, mo);
    expect(hidden.statusCode).toBe(400);
    expect(hidden.json().errors[0].path).toBe('personId');
    expect((await api({ url: '/api/v1/orders' }, mo)).json().data).toEqual([]);
    const own = (await post('/api/v1/people', { firstName: 'Mo client' }, mo)).json();
    const o = await post('/api/v1/orders', { personId: own.id, currency: 'EUR', lines: [line()] }, mo);
    expect(o.statusCode).toBe(201);
    expect((await api({ url: '/api/v1/orders' }, mo)).json().data.map((x: { id: string }) => x.id)).toEqual([
      o.json().id,
    ]);
    const none = await post('/api/v1/orders', { currency: 'EUR', lines: [line()] });
    expect(none.statusCode).toBe(400);
  });
});
