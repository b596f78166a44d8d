import { afterAll, beforeAll, expect, it } from 'vitest';
import { createKey, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';
import { pricingApi } from './pricing-fixture.js';

describeEachDialect('deal line items', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let api: ReturnType<typeof pricingApi>;
  let chair: { id: string };
  let desk: { id: string };
  let retail: { id: string };
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    api = pricingApi(t, admin);
    chair = await api.product('CH-1', 'Chair');
    desk = await api.product('DS-1', 'Desk');
    retail = await api.priceList({ name: 'Retail 2026', validFrom: '2026-01-01', validTo: '2026-12-31' });
    await api.price(retail.id, { productId: chair.id, unitPrice: 4999 });
    await api.price(retail.id, { productId: chair.id, unitPrice: 4500, minQuantity: 10 });
  });
  afterAll(() => t.close());

  it('prices lines from the price list, applies discounts and makes the deal amount their sum', async () => {
    const person = (await api.post('/api/v1/people', { firstName: 'Anna' })).json();
    const deal = await api.deal({ amount: 100, personId: person.id });
    const a = await api.line(deal.id, {
      productId: chair.id,
      priceListId: retail.id,
      quantity: 3,
      discountPercent: 10,
    });
    expect(a.statusCode, a.body).toBe(201);
    // 3 × 49.99 = 149.97; 10 % = 15.00 (rounded from 14.997).
    expect(a.json()).toMatchObject({
      sku: 'CH-1',
      name: 'Chair',
      unitPrice: 4999,
      listUnitPrice: 4999,
      priceOverridden: false,
      subtotal: 14997,
      discount: 1500,
      total: 13497,
    });
    // The quantity break: 12 chairs cost 45.00 each; a fixed discount of 10.00.
    const b = await api.line(deal.id, {
      productId: chair.id,
      priceListId: retail.id,
      quantity: 12,
      discountAmount: 1000,
    });
    expect(b.json()).toMatchObject({ unitPrice: 4500, subtotal: 54000, discount: 1000, total: 53000 });
    // An override is allowed and recorded against the list price.
    const c = await api.line(deal.id, {
      productId: chair.id,
      priceListId: retail.id,
      quantity: 1,
      unitPrice: 3999,
    });
    expect(c.json()).toMatchObject({
      unitPrice: 3999,
      listUnitPrice: 4999,
      priceOverridden: true,
      total: 3999,
    });
    const lines = (await api.get(`/api/v1/deals/${deal.id}/lines`)).json();
    expect(lines.data).toHaveLength(3);
    expect(lines.totals).toEqual({
      currency: 'EUR',
      subtotal: 72996,
      discount: 2500,
      total: 70496,
      // The chair has no cost price: nothing is known about the margin.
      cost: 0,
      margin: 0,
      costKnown: false,
    });
    expect((await api.get(`/api/v1/deals/${deal.id}`)).json().amount).toBe(70496);

    // Changing the quantity prices the line again (back below the break).
    const changed = await api.patch(`/api/v1/deals/${deal.id}/lines/${b.json().id}`, { quantity: 2 });
    expect(changed.json()).toMatchObject({ unitPrice: 4999, subtotal: 9998, discount: 1000, total: 8998 });
    // The overridden price stays overridden until unitPrice: null puts the list price back.
    const keep = await api.patch(`/api/v1/deals/${deal.id}/lines/${c.json().id}`, { quantity: 2 });
    expect(keep.json()).toMatchObject({ unitPrice: 3999, priceOverridden: true, total: 7998 });
    const back = await api.patch(`/api/v1/deals/${deal.id}/lines/${c.json().id}`, { unitPrice: null });
    expect(back.json()).toMatchObject({ unitPrice: 4999, priceOverridden: false, total: 9998 });
    const del = await api.api({ method: 'DELETE', url: `/api/v1/deals/${deal.id}/lines/${a.json().id}` });
    expect(del.statusCode).toBe(204);
    expect((await api.get(`/api/v1/deals/${deal.id}`)).json().amount).toBe(8998 + 9998);

    // With lines, the amount and currency are not edited directly.
    const amount = await api.patch(`/api/v1/deals/${deal.id}`, { amount: 5 });
    expect(amount.statusCode).toBe(400);
    expect(amount.json().errors[0].path).toBe('amount');
    const currency = await api.patch(`/api/v1/deals/${deal.id}`, { currency: 'USD' });
    expect(currency.json().errors[0].path).toBe('currency');

    // Line changes are events of the deal, on its timeline and the person's.
    const deals = (await api.get(`/api/v1/deals/${deal.id}/timeline`)).json().data;
    expect(deals.map((e: { type: string }) => e.type).slice(0, 3)).toEqual([
      'deal.line_removed',
      'deal.line_changed',
      'deal.line_changed',
    ]);
    expect(deals.filter((e: { type: string }) => e.type === 'deal.line_added')).toHaveLength(3);
    const personal = (await api.get(`/api/v1/people/${person.id}/timeline?kind=deal`)).json().data;
    expect(personal[0]).toMatchObject({
      type: 'deal.line_removed',
      payload: { amount: 18996, name: 'Chair' },
    });
  });

  it('keeps the amount the sum of the lines when lines are added at the same time', async () => {
    const deal = await api.deal({});
    const adds = await Promise.all(
      [1, 2, 3, 4, 5].map((quantity) =>
        api.line(deal.id, { productId: chair.id, priceListId: retail.id, quantity }),
      ),
    );
    expect(adds.map((r) => r.statusCode)).toEqual([201, 201, 201, 201, 201]);
    const after = (await api.get(`/api/v1/deals/${deal.id}`)).json();
    expect(after.amount).toBe(15 * 4999);
    expect(after.version).toBe(6);
  });

  it('refuses bad lines naming the field', async () => {
    const deal = await api.deal({});
    const bad = async (body: object, path: string) => {
      const res = await api.line(deal.id, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors[0].path.replace(/^body\./, '')).toBe(path);
    };
    await bad({ productId: chair.id, priceListId: 'prl_nope', quantity: 1 }, 'priceListId');
    await bad({ productId: desk.id, priceListId: retail.id, quantity: 1 }, 'productId');
    await bad({ productId: 'prd_nope', priceListId: retail.id, quantity: 1 }, 'productId');
    await bad({ productId: chair.id, quantity: 1 }, 'unitPrice');
    await bad({ productId: chair.id, priceListId: retail.id, quantity: 0 }, 'quantity');
    await bad(
      { productId: chair.id, priceListId: retail.id, quantity: 1, discountPercent: 120 },
      'discountPercent',
    );
    await bad(
      { productId: chair.id, priceListId: retail.id, quantity: 1, discountAmount: 999_999 },
      'discountAmount',
    );
    await bad(
      { productId: chair.id, priceListId: retail.id, quantity: 1, discountAmount: 1, discountPercent: 1 },
      'discountAmount',
    );
    const usd = await api.priceList({ name: 'USD', currency: 'USD' });
    await api.price(usd.id, { productId: chair.id, unitPrice: 5500 });
    await bad({ productId: chair.id, priceListId: usd.id, quantity: 1 }, 'priceListId');
    const off = await api.priceList({ name: 'Off', kind: 'wholesale', active: false });
    await api.price(off.id, { productId: chair.id, unitPrice: 1 });
    await bad({ productId: chair.id, priceListId: off.id, quantity: 1 }, 'priceListId');
    // Priced on the deal's expected close date: in 2027 the 2026 list no longer applies.
    const later = await api.deal({ expectedCloseDate: '2027-03-01' });
    const res = await api.line(later.id, { productId: chair.id, priceListId: retail.id, quantity: 1 });
    expect(res.json().errors[0]).toMatchObject({ path: 'priceListId' });
    expect(res.json().errors[0].message).toContain('2027-03-01');
    // A line without a price list takes the given price.
    const free = await api.line(deal.id, {
      productId: desk.id,
      quantity: 2,
      unitPrice: 100,
      name: 'Desk, oak',
    });
    expect(free.json()).toMatchObject({
      priceListId: null,
      listUnitPrice: null,
      total: 200,
      name: 'Desk, oak',
    });
  });

  it('takes free-text service lines: no product, no price list, discounts and totals as for products', async () => {
    const deal = await api.deal({});
    const install = await api.line(deal.id, {
      name: 'Installation',
      unit: 'h',
      quantity: 2.5,
      unitPrice: 4000,
      discountPercent: 10,
    });
    expect(install.statusCode, install.body).toBe(201);
    // 2.5 h × 40.00 = 100.00, −10 % = 90.00.
    expect(install.json()).toMatchObject({
      productId: null,
      sku: null,
      name: 'Installation',
      unit: 'h',
      priceListId: null,
      listUnitPrice: null,
      unitPrice: 4000,
      priceOverridden: false,
      subtotal: 10000,
      discount: 1000,
      total: 9000,
    });
    const delivery = await api.line(deal.id, {
      productId: null,
      name: 'Delivery',
      quantity: 1,
      unitPrice: 1500,
    });
    expect(delivery.json()).toMatchObject({ productId: null, unit: null, total: 1500 });
    const chairs = await api.line(deal.id, { productId: chair.id, priceListId: retail.id, quantity: 1 });
    expect(chairs.json()).toMatchObject({ unit: 'pcs', total: 4999 });
    const lines = (await api.get(`/api/v1/deals/${deal.id}/lines`)).json();
    expect(lines.data.map((l: { name: string }) => l.name)).toEqual(['Installation', 'Delivery', 'Chair']);
    expect(lines.totals).toMatchObject({ currency: 'EUR', subtotal: 16499, discount: 1000, total: 15499 });
    expect((await api.get(`/api/v1/deals/${deal.id}`)).json().amount).toBe(15499);

    // Patching a free-text line keeps its text and price; a new price and unit reprice it.
    const url = `/api/v1/deals/${deal.id}/lines/${install.json().id}`;
    const more = await api.patch(url, { quantity: 4 });
    expect(more.json()).toMatchObject({ name: 'Installation', unit: 'h', unitPrice: 4000, total: 14400 });
    const renamed = await api.patch(url, { name: 'Installation, weekend', unitPrice: 6000, unit: 'hour' });
    expect(renamed.json()).toMatchObject({
      name: 'Installation, weekend',
      unit: 'hour',
      subtotal: 24000,
      discount: 2400,
      total: 21600,
    });
    // A free-text line has no price list; without a price it cannot stay.
    const listed = await api.patch(url, { priceListId: retail.id });
    expect(listed.statusCode).toBe(400);
    expect(listed.json().errors[0].path).toBe('priceListId');
    const unpriced = await api.patch(url, { unitPrice: null });
    expect(unpriced.statusCode).toBe(400);
    expect(unpriced.json().errors[0].path).toBe('unitPrice');

    // A product line turns into free text and back.
    const chairUrl = `/api/v1/deals/${deal.id}/lines/${chairs.json().id}`;
    const text = await api.patch(chairUrl, { productId: null, quantity: 2 });
    expect(text.json()).toMatchObject({
      productId: null,
      sku: null,
      priceListId: null,
      name: 'Chair',
      unit: 'pcs',
      unitPrice: 4999,
      total: 9998,
    });
    const back = await api.patch(chairUrl, { productId: chair.id, priceListId: retail.id, quantity: 10 });
    expect(back.json()).toMatchObject({
      productId: chair.id,
      sku: 'CH-1',
      unitPrice: 4500,
      listUnitPrice: 4500,
      priceOverridden: false,
      total: 45000,
    });
    expect((await api.get(`/api/v1/deals/${deal.id}`)).json().amount).toBe(21600 + 1500 + 45000);
  });

  it('refuses free-text lines without a name or a price, naming the field', async () => {
    const deal = await api.deal({});
    const bad = async (body: object, path: string) => {
      const res = await api.line(deal.id, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors[0].path.replace(/^body\./, '')).toBe(path);
    };
    await bad({ quantity: 1, unitPrice: 100 }, 'name');
    await bad({ name: 'Delivery', quantity: 1 }, 'unitPrice');
    await bad({ name: 'Delivery', quantity: 1, unitPrice: null }, 'unitPrice');
    await bad({ name: 'Delivery', quantity: 1, unitPrice: 100, priceListId: retail.id }, 'priceListId');
    await bad({ name: '  ', quantity: 1, unitPrice: 100 }, 'name');
    await bad({ name: 'Delivery', quantity: 1, unitPrice: 100, unit: '' }, 'unit');
    await bad({ name: 'Delivery', quantity: 1, unitPrice: 100, discountAmount: 101 }, 'discountAmount');
    expect((await api.get(`/api/v1/deals/${deal.id}/lines`)).json().data).toEqual([]);
    expect((await api.get(`/api/v1/deals/${deal.id}`)).json().version).toBe(1);
  });

  it('needs deals:override_prices to override a list price or give a discount', async () => {
    await createUser(t, admin, { email: 'rep@example.com', role: 'manager' });
    await createUser(t, admin, { email: 'lead@example.com', role: 'supervisor' });
    const rep = pricingApi(t, await login(t, 'rep@example.com', 'password-123'));
    const lead = pricingApi(t, await login(t, 'lead@example.com', 'password-123'));
    const deal = await rep.deal({ title: 'Chairs for the rep' });
    const listed = { productId: chair.id, priceListId: retail.id, quantity: 2 };
    const first = await rep.line(deal.id, listed);
    expect(first.statusCode, first.body).toBe(201);
    const lineUrl = `/api/v1/deals/${deal.id}/lines/${first.json().id}`;
    const state = async () => ({
      deal: (await rep.get(`/api/v1/deals/${deal.id}`)).json(),
      lines: (await rep.get(`/api/v1/deals/${deal.id}/lines`)).json().data,
    });
    const before = await state();
    expect(before.deal).toMatchObject({ amount: 9998, version: 2 });
    const refused = async (res: Awaited<ReturnType<typeof rep.post>>, path: string) => {
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json()).toMatchObject({ code: 'forbidden', permission: 'deals:override_prices' });
      expect(res.json().errors[0].path).toBe(path);
      expect(res.json().errors[0].message).toContain('deals:override_prices');
    };
    // A rep (manager) may not price below the list, nor give a discount, on a new line or a change.
    await refused(await rep.line(deal.id, { ...listed, unitPrice: 3999 }), 'unitPrice');
    await refused(await rep.line(deal.id, { ...listed, discountPercent: 10 }), 'discountPercent');
    await refused(await rep.line(deal.id, { ...listed, discountAmount: 500 }), 'discountAmount');
    await refused(await rep.patch(lineUrl, { unitPrice: 3999 }), 'unitPrice');
    await refused(await rep.patch(lineUrl, { discountPercent: 5 }), 'discountPercent');
    await refused(
      await rep.line(deal.id, { name: 'Delivery', quantity: 1, unitPrice: 1500, discountAmount: 100 }),
      'discountAmount',
    );
    // Nothing changed: no line, no amount, no version, no event.
    expect(await state()).toEqual(before);
    const events = (await rep.get(`/api/v1/deals/${deal.id}/timeline`)).json().data;
    expect(events.filter((e: { type: string }) => e.type.startsWith('deal.line_'))).toHaveLength(1);

    // The list's own price, a zero discount, free text and an unlisted product price are no override.
    expect((await rep.line(deal.id, { ...listed, unitPrice: 4999, discountPercent: 0 })).statusCode).toBe(
      201,
    );
    const service = await rep.line(deal.id, { name: 'Assembly', unit: 'h', quantity: 1, unitPrice: 2500 });
    expect(service.statusCode, service.body).toBe(201);
    const unlisted = await rep.line(deal.id, { productId: desk.id, quantity: 1, unitPrice: 12000 });
    expect(unlisted.json()).toMatchObject({ priceOverridden: false, unitPrice: 12000 });

    // A supervisor has the permission: the override and discount are accepted and recorded.
    const lowered = await lead.patch(lineUrl, { unitPrice: 3999, discountPercent: 5 });
    expect(lowered.statusCode, lowered.body).toBe(200);
    expect(lowered.json()).toMatchObject({
      unitPrice: 3999,
      listUnitPrice: 4999,
      priceOverridden: true,
      discountPercent: 5,
      subtotal: 7998,
      discount: 400,
      total: 7598,
    });
    const latest = (await lead.get(`/api/v1/deals/${deal.id}/timeline`)).json().data[0];
    expect(latest).toMatchObject({
      type: 'deal.line_changed',
      payload: { unitPrice: 3999, listUnitPrice: 4999, priceOverridden: true, discount: 400 },
    });
    // The rep may go on working with that line (its override and discount stay), not deepen them.
    const more = await rep.patch(lineUrl, { quantity: 3 });
    expect(more.statusCode, more.body).toBe(200);
    expect(more.json()).toMatchObject({ unitPrice: 3999, priceOverridden: true, discountPercent: 5 });
    await refused(await rep.patch(lineUrl, { discountPercent: 10 }), 'discountPercent');
    await refused(await rep.patch(lineUrl, { unitPrice: 3500 }), 'unitPrice');
    // Back to the list price and no discount is always allowed.
    const back = await rep.patch(lineUrl, { unitPrice: null, discountPercent: null });
    expect(back.json()).toMatchObject({ unitPrice: 4999, priceOverridden: false, discount: 0 });

    // An API key carries its role's permissions: a manager key is refused too.
    const key = await createKey(t, admin, 'manager');
    const own = await api.deal({});
    const byKey = await pricingApi(t, key.key).line(own.id, { ...listed, unitPrice: 1 });
    expect(byKey.statusCode).toBe(403);
  });

  it('follows deal visibility and permissions', async () => {
    const deal = await api.deal({});
    await createUser(t, admin, { email: 'm1@example.com', role: 'manager' });
    await createUser(t, admin, { email: 'v1@example.com', role: 'viewer' });
    const manager = pricingApi(t, await login(t, 'm1@example.com', 'password-123'));
    const viewer = pricingApi(t, await login(t, 'v1@example.com', 'password-123'));
    // A manager sees only their own deals: the admin's deal is a 404.
    expect((await manager.get(`/api/v1/deals/${deal.id}/lines`)).statusCode).toBe(404);
    expect((await manager.line(deal.id, { productId: chair.id, quantity: 1, unitPrice: 1 })).statusCode).toBe(
      404,
    );
    expect((await viewer.line(deal.id, { productId: chair.id, quantity: 1, unitPrice: 1 })).statusCode).toBe(
      403,
    );
    expect(await viewer.priceList({ name: 'x' }).catch((e: Error) => e.message)).toContain('403');
  });
});
