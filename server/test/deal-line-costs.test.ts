import { afterAll, beforeAll, expect, it } from 'vitest';
import { type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';
import { pricingApi } from './pricing-fixture.js';

describeEachDialect('deal line costs and margins', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let api: ReturnType<typeof pricingApi>;
  let chair: { id: string };
  let lamp: { id: string };
  let desk: { id: string };
  let retail: { id: string };
  const product = async (sku: string, name: string, cost: object) => {
    const r = await api.post('/api/v1/products', { sku, name, unit: 'pcs', ...cost });
    expect(r.statusCode, r.body).toBe(201);
    return r.json();
  };
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    api = pricingApi(t, admin);
    chair = await product('CH-1', 'Chair', { costPrice: 3000, costCurrency: 'EUR' });
    lamp = await product('LM-1', 'Lamp', { costPrice: 1000, costCurrency: 'EUR' });
    // Bought in dollars: no exchange rate, so a EUR deal does not know its cost.
    desk = await product('DS-1', 'Desk', { costPrice: 20000, costCurrency: 'USD' });
    retail = await api.priceList({ name: 'Retail 2026', validFrom: '2026-01-01', validTo: '2026-12-31' });
    await api.price(retail.id, { productId: chair.id, unitPrice: 4999 });
    await api.price(retail.id, { productId: lamp.id, unitPrice: 2500 });
  });
  afterAll(() => t.close());

  it('snapshots the cost price and computes margins after quantity and discount', async () => {
    const deal = await api.deal({});
    // 3 × 49.99 = 149.97, −10 % = 134.97; cost 3 × 30.00 = 90.00; margin 44.97.
    const chairs = await api.line(deal.id, {
      productId: chair.id,
      priceListId: retail.id,
      quantity: 3,
      discountPercent: 10,
    });
    expect(chairs.statusCode, chairs.body).toBe(201);
    expect(chairs.json()).toMatchObject({ total: 13497, unitCost: 3000, margin: 4497 });
    // A free-text line with its own cost and a fractional quantity: cost round(2.5 × 3.33) = 8.33.
    const cable = await api.line(deal.id, {
      name: 'Cable',
      unit: 'm',
      quantity: 2.5,
      unitPrice: 1000,
      discountAmount: 100,
      unitCost: 333,
    });
    expect(cable.json()).toMatchObject({ subtotal: 2500, total: 2400, unitCost: 333, margin: 2400 - 833 });
    // A fixed discount larger than the margin makes it negative.
    const sale = await api.line(deal.id, {
      productId: lamp.id,
      priceListId: retail.id,
      quantity: 2,
      discountAmount: 4000,
    });
    expect(sale.json()).toMatchObject({ total: 1000, unitCost: 1000, margin: -1000 });
    let lines = (await api.get(`/api/v1/deals/${deal.id}/lines`)).json();
    expect(lines.data.map((l: { margin: number }) => l.margin)).toEqual([4497, 1567, -1000]);
    expect(lines.totals).toEqual({
      currency: 'EUR',
      subtotal: 14997 + 2500 + 5000,
      discount: 1500 + 100 + 4000,
      total: 13497 + 2400 + 1000,
      cost: 9000 + 833 + 2000,
      margin: 4497 + 1567 - 1000,
      costKnown: true,
    });

    // A cost in another currency, or none, leaves the line's cost unknown; totals cover the rest.
    const desks = await api.line(deal.id, { productId: desk.id, quantity: 1, unitPrice: 30000 });
    expect(desks.json()).toMatchObject({ unitCost: null, margin: null });
    const free = await api.line(deal.id, { name: 'Delivery', quantity: 1, unitPrice: 1500 });
    expect(free.json()).toMatchObject({ unitCost: null, margin: null });
    lines = (await api.get(`/api/v1/deals/${deal.id}/lines`)).json();
    expect(lines.totals).toMatchObject({ total: 16897 + 31500, cost: 11833, margin: 5064, costKnown: false });
    // Typing the free-text line's cost completes the picture.
    const costed = await api.patch(`/api/v1/deals/${deal.id}/lines/${free.json().id}`, { unitCost: 900 });
    expect(costed.json()).toMatchObject({ unitCost: 900, margin: 600 });
    await api.api({ method: 'DELETE', url: `/api/v1/deals/${deal.id}/lines/${desks.json().id}` });
    lines = (await api.get(`/api/v1/deals/${deal.id}/lines`)).json();
    expect(lines.totals).toMatchObject({ cost: 12733, margin: 5664, costKnown: true });
  });

  it('keeps the snapshot when the product cost changes, refreshes it when the product changes', async () => {
    const deal = await api.deal({});
    const line = await api.line(deal.id, { productId: chair.id, priceListId: retail.id, quantity: 2 });
    const url = `/api/v1/deals/${deal.id}/lines/${line.json().id}`;
    const dearer = await api.patch(`/api/v1/products/${chair.id}`, { costPrice: 3500 });
    expect(dearer.statusCode).toBe(200);
    // The deal was priced with the old cost: a quantity change keeps it.
    const more = await api.patch(url, { quantity: 4 });
    expect(more.json()).toMatchObject({ unitCost: 3000, total: 19996, margin: 19996 - 12000 });
    // A new line takes the new cost.
    const fresh = await api.line(deal.id, { productId: chair.id, priceListId: retail.id, quantity: 1 });
    expect(fresh.json()).toMatchObject({ unitCost: 3500, margin: 1499 });
    // Another product: its cost.
    const lamps = await api.patch(url, { productId: lamp.id, priceListId: retail.id });
    expect(lamps.json()).toMatchObject({ sku: 'LM-1', unitCost: 1000, total: 10000, margin: 6000 });
    // Free text keeps the cost it had; back to a product takes the product's.
    const text = await api.patch(url, { productId: null });
    expect(text.json()).toMatchObject({ productId: null, unitCost: 1000 });
    const back = await api.patch(url, { productId: chair.id, priceListId: retail.id });
    expect(back.json()).toMatchObject({ unitCost: 3500 });
    // A product line's cost comes from the product, not the body.
    const typed = await api.patch(url, { unitCost: 1 });
    expect(typed.statusCode).toBe(400);
    expect(typed.json().errors[0].path).toBe('unitCost');
    const added = await api.line(deal.id, {
      productId: lamp.id,
      priceListId: retail.id,
      quantity: 1,
      unitCost: 1,
    });
    expect(added.statusCode).toBe(400);
    expect(added.json().errors[0].path).toBe('unitCost');
    const negative = await api.line(deal.id, { name: 'X', quantity: 1, unitPrice: 1, unitCost: -1 });
    expect(negative.statusCode).toBe(400);
    await api.patch(`/api/v1/products/${chair.id}`, { costPrice: 3000 });
  });
});
