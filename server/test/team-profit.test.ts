import { afterAll, beforeAll, expect, it } from 'vitest';
import { DAY } from '../src/platform/clock.js';
import type { Session } from './auth-helpers.js';
import { describeEachDialect, type TestApp } from './context.js';
import { pricingApi } from './pricing-fixture.js';
import { teamPerformance, teamWorld } from './team-performance-fixture.js';

describeEachDialect('team performance: profit', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let u: Record<string, Session>;
  let teamId: string;
  beforeAll(async () => {
    const w = await teamWorld(dialect, { managers: ['ann', 'ben', 'cid'], members: ['ann', 'ben'] });
    ({ t, admin, u, teamId } = w);
    const { move } = w;
    const api = pricingApi(t, admin);
    const chair = (
      await api.post('/api/v1/products', { sku: 'CH', name: 'Chair', costPrice: 3000, costCurrency: 'EUR' })
    ).json();
    const retail = await api.priceList({ name: 'Retail' });
    await api.price(retail.id, { productId: chair.id, unitPrice: 4999 });
    const deal = async (owner: string, lines: object[], extra: object = {}) => {
      const d = await api.deal({ ownerId: u[owner]!.userId, ...extra });
      for (const l of lines) expect((await api.line(d.id, l)).statusCode).toBe(201);
      return d.id as string;
    };
    const chairs = (quantity: number) => ({ productId: chair.id, priceListId: retail.id, quantity });
    const service = (unitPrice: number, unitCost?: number) => ({
      name: 'Service',
      quantity: 1,
      unitPrice,
      unitCost,
    });
    // ann: 2 chairs (margin 99.98 − 60.00 = 39.98); a deal with a line of unknown cost; a deal without
    // lines. Her revenue is the highest, her profit is not.
    const a1 = await deal('ann', [chairs(2)]);
    const a2 = await deal('ann', [chairs(1), service(1500)]);
    const a3 = await deal('ann', [], { amount: 5000 });
    // ben: a chair (19.99) and a service sold at 100.00 that cost 20.00 (80.00): profit 99.99;
    // and a USD deal of a service 50.00 that cost 45.00.
    const b1 = await deal('ben', [chairs(1), service(10000, 2000)]);
    const b2 = await deal('ben', [service(5000, 4500)], { currency: 'USD' });
    // cid: a lost deal and an open one, both with costs: no profit.
    const c1 = await deal('cid', [chairs(10)]);
    await deal('cid', [chairs(10)]);
    t.clock.advance(DAY);
    for (const id of [a1, a2, a3, b1, b2]) await move(id, 'stg_payment_received');
    await move(c1, 'stg_lost', 'lr_price');
  });
  afterAll(() => t.close());

  const report = (who: Session, qs?: string) => teamPerformance(t, who, qs);

  it('sums the margins of won deals whose lines all have a cost, per manager, team and currency', async () => {
    const r = await report(admin);
    const by = Object.fromEntries(r.managers.map((m: { name: string }) => [m.name, m]));
    expect(by.ANN).toMatchObject({
      dealsWon: 3,
      revenue: { EUR: 9998 + 6499 + 5000 },
      profit: { EUR: 3998 },
      dealsWithCost: 1,
    });
    expect(by.BEN).toMatchObject({
      dealsWon: 2,
      revenue: { EUR: 14999, USD: 5000 },
      profit: { EUR: 1999 + 8000, USD: 500 },
      dealsWithCost: 2,
    });
    expect(by.CID).toMatchObject({ dealsWon: 0, dealsLost: 1, profit: {}, dealsWithCost: 0 });
    const north = r.teams.find((x: { teamId: string }) => x.teamId === teamId);
    expect(north).toMatchObject({ profit: { EUR: 3998 + 9999, USD: 500 }, dealsWithCost: 3 });
    expect(r.topByRevenue[0]).toMatchObject({ currency: 'EUR', name: 'ANN', amount: 21497 });
    expect(r.topByProfit).toEqual([
      { currency: 'EUR', userId: u.ben!.userId, name: 'BEN', amount: 9999 },
      { currency: 'USD', userId: u.ben!.userId, name: 'BEN', amount: 500 },
    ]);
  });

  it('keeps visibility: a manager sees only their own profit', async () => {
    const r = await report(u.ann!);
    expect(r.managers.map((m: { name: string }) => m.name)).toEqual(['ANN']);
    expect(r.topByProfit).toEqual([{ currency: 'EUR', userId: u.ann!.userId, name: 'ANN', amount: 3998 }]);
    const cid = await report(u.cid!);
    expect(cid.topByProfit).toEqual([]);
  });

  it('counts only deals won in the window', async () => {
    const r = await report(admin, 'from=2026-02-01&to=2026-02-28');
    expect(r.topByProfit).toEqual([]);
    expect(r.managers.every((m: { dealsWithCost: number }) => m.dealsWithCost === 0)).toBe(true);
  });
});
