import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';
import { pricingApi } from './pricing-fixture.js';

describeEachDialect('price lists', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let api: ReturnType<typeof pricingApi>;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    api = pricingApi(t, admin);
  });
  afterAll(() => t.close());

  it('creates, lists, updates and deletes price lists with prices per product', async () => {
    const tea = await api.product('TEA-1', 'Green tea', 'kg');
    const list = await api.priceList({ name: 'Retail 2026', validFrom: '2026-01-01', validTo: '2026-12-31' });
    expect(list).toMatchObject({ kind: 'retail', currency: 'EUR', active: true, version: 1 });
    const p1 = await api.post(`/api/v1/price-lists/${list.id}/prices`, {
      productId: tea.id,
      unitPrice: 1250,
    });
    expect(p1.statusCode).toBe(201);
    expect(p1.json()).toMatchObject({ productId: tea.id, sku: 'TEA-1', unitPrice: 1250, minQuantity: 1 });
    // The same product and quantity break again replaces the price (200), a new break adds one.
    const again = await api.post(`/api/v1/price-lists/${list.id}/prices`, {
      productId: tea.id,
      unitPrice: 1200,
    });
    expect(again.statusCode).toBe(200);
    await api.price(list.id, { productId: tea.id, unitPrice: 1000, minQuantity: 10 });
    const prices = (await api.get(`/api/v1/price-lists/${list.id}/prices`)).json().data;
    expect(
      prices.map((p: { unitPrice: number; minQuantity: number }) => [p.minQuantity, p.unitPrice]),
    ).toEqual([
      [1, 1200],
      [10, 1000],
    ]);
    const renamed = await api.patch(`/api/v1/price-lists/${list.id}`, { name: 'Retail' });
    expect(renamed.json()).toMatchObject({ name: 'Retail', version: 2 });
    const filter = encodeURIComponent(JSON.stringify({ field: 'kind', op: 'eq', value: 'retail' }));
    expect((await api.get(`/api/v1/price-lists?filter=${filter}`)).json().data).toHaveLength(1);
    const removed = await api.api({
      method: 'DELETE',
      url: `/api/v1/price-lists/${list.id}/prices/${prices[1].id}`,
    });
    expect(removed.statusCode).toBe(204);
    expect((await api.get(`/api/v1/price-lists/${list.id}/prices`)).json().data).toHaveLength(1);
    expect((await api.api({ method: 'DELETE', url: `/api/v1/price-lists/${list.id}` })).statusCode).toBe(204);
    expect((await api.get(`/api/v1/price-lists/${list.id}`)).statusCode).toBe(404);
    const events = await t.db
      .selectFrom('events')
      .select('type')
      .where('entityId', '=', list.id)
      .orderBy('seq')
      .execute();
    expect(events.map((e) => e.type)).toEqual([
      'price_list.created',
      'price_list.price_set',
      'price_list.price_set',
      'price_list.price_set',
      'price_list.updated',
      'price_list.price_removed',
      'price_list.deleted',
    ]);
  });

  it('refuses bad input naming the field', async () => {
    const bad = async (url: string, payload: object, path: string, method = 'POST') => {
      const res = await api.api({ method: method as 'POST', url, payload });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors[0].path.replace(/^body\./, '')).toBe(path);
    };
    await bad('/api/v1/price-lists', { name: 'X', currency: 'euro' }, 'currency');
    await bad('/api/v1/price-lists', { name: 'X', currency: 'EUR', kind: 'vip' }, 'kind');
    await bad('/api/v1/price-lists', { name: 'X', currency: 'EUR', validFrom: '2026-02-30' }, 'validFrom');
    await bad(
      '/api/v1/price-lists',
      { name: 'X', currency: 'EUR', validFrom: '2026-03-01', validTo: '2026-02-01' },
      'validTo',
    );
    const list = await api.priceList({ name: 'Plain' });
    await bad(`/api/v1/price-lists/${list.id}/prices`, { productId: 'prd_nope', unitPrice: 1 }, 'productId');
    await bad(`/api/v1/price-lists/${list.id}/prices`, { productId: 'prd_nope', unitPrice: -1 }, 'unitPrice');
    expect(
      (await api.post('/api/v1/price-lists/prl_nope/prices', { productId: 'x', unitPrice: 1 })).statusCode,
    ).toBe(404);
  });

  it('refuses overlapping validity for the same product, kind and currency', async () => {
    const chair = await api.product('CH-1', 'Chair');
    const desk = await api.product('DS-1', 'Desk');
    const year = await api.priceList({ name: 'Retail 2027', validFrom: '2027-01-01', validTo: '2027-12-31' });
    await api.price(year.id, { productId: chair.id, unitPrice: 5000 });
    // A summer list of the same kind and currency: pricing the chair there too would make two prices.
    const summer = await api.priceList({
      name: 'Summer 2027',
      validFrom: '2027-06-01',
      validTo: '2027-08-31',
    });
    const clash = await api.post(`/api/v1/price-lists/${summer.id}/prices`, {
      productId: chair.id,
      unitPrice: 4500,
    });
    expect(clash.statusCode).toBe(400);
    expect(clash.json().errors[0]).toMatchObject({ path: 'productId' });
    expect(clash.json().errors[0].message).toContain('Retail 2027');
    // Other products, other kinds, other currencies and non-overlapping periods are fine.
    await api.price(summer.id, { productId: desk.id, unitPrice: 9000 });
    const promo = await api.priceList({
      name: 'Promo',
      kind: 'promo',
      validFrom: '2027-06-01',
      validTo: '2027-06-30',
    });
    await api.price(promo.id, { productId: chair.id, unitPrice: 3900 });
    const usd = await api.priceList({ name: 'Retail USD', currency: 'USD' });
    await api.price(usd.id, { productId: chair.id, unitPrice: 5500 });
    const next = await api.priceList({ name: 'Retail 2028', validFrom: '2028-01-01' });
    await api.price(next.id, { productId: chair.id, unitPrice: 5200 });
    // Stretching 2028 back into 2027 collides on validFrom; an inactive list is not priced from.
    const stretch = await api.patch(`/api/v1/price-lists/${next.id}`, { validFrom: '2027-12-01' });
    expect(stretch.statusCode).toBe(400);
    expect(stretch.json().errors[0].path).toBe('validFrom');
    const off = await api.priceList({ name: 'Old retail', active: false });
    await api.price(off.id, { productId: chair.id, unitPrice: 100 });
    const activate = await api.patch(`/api/v1/price-lists/${off.id}`, { active: true });
    expect(activate.statusCode).toBe(400);
    expect(activate.json().errors[0].path).toBe('active');
    // Two lists priced at the same time: exactly one of them gets the product.
    const lamp = await api.product('LMP-1', 'Lamp');
    const q1 = await api.priceList({
      name: 'Q1',
      kind: 'wholesale',
      validFrom: '2027-01-01',
      validTo: '2027-03-31',
    });
    const q1b = await api.priceList({
      name: 'Q1 bis',
      kind: 'wholesale',
      validFrom: '2027-03-01',
      validTo: '2027-04-30',
    });
    const raced = await Promise.all(
      [q1, q1b].map((l) =>
        api.post(`/api/v1/price-lists/${l.id}/prices`, { productId: lamp.id, unitPrice: 700 }),
      ),
    );
    expect(raced.map((r) => r.statusCode).sort()).toEqual([201, 400]);
    // Turning the promo into a retail list would collide too (the field named is kind).
    const kind = await api.patch(`/api/v1/price-lists/${promo.id}`, { kind: 'retail' });
    expect(kind.json().errors[0].path).toBe('kind');
  });
});
