import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { orderDailyTotalsConsumer } from '../src/modules/orders/order-daily-totals.consumer.js';
import { ADMIN, as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';
import { drainConsumer } from './drain-consumer.js';

const at = (iso: string) => Date.parse(iso);
const MONTHS = [
  '2025-04',
  '2025-05',
  '2025-06',
  '2025-07',
  '2025-08',
  '2025-09',
  '2025-10',
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
];

describeEachDialect('dashboard', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let personId: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    t.clock.set(at('2026-01-20T10:00:00Z'));
    admin = await setupAdmin(t);
    personId = (await post('/api/v1/people', { firstName: 'Ilze' })).json().id;
  });
  afterAll(() => t.close());

  /** Moves the clock (months here: sessions would expire) and signs the admin in again. */
  const setClock = async (iso: string) => {
    t.clock.set(at(iso));
    admin = await login(t, ADMIN.email, ADMIN.password);
  };
  const api = (opts: InjectOptions, who: Session | string = admin) => as(t, who, opts);
  const post = (url: string, payload: object, who: Session = admin) =>
    api({ method: 'POST', url, payload }, who);
  const order = async (
    iso: string,
    unitPrice: number,
    currency = 'EUR',
    who: Session = admin,
    pid = personId,
    channel?: string,
  ) => {
    const res = await post(
      '/api/v1/orders',
      {
        personId: pid,
        orderedAt: at(iso),
        channel,
        currency,
        lines: [{ productName: 'Tea', quantity: 1, unitPrice }],
      },
      who,
    );
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string };
  };
  const board = async (who: Session | string = admin, query = '') => {
    await drainConsumer(t, orderDailyTotalsConsumer);
    return api({ url: `/api/v1/dashboard${query}` }, who);
  };
  const series = (
    body: { revenue: { series: { currency: string; amounts: number[] }[] } },
    currency: string,
  ) => body.revenue.series.find((s) => s.currency === currency)?.amounts;

  it('sums 12 months of order revenue per currency from the daily totals, leaving cancelled orders out', async () => {
    await order('2024-06-01T10:00:00Z', 99_999); // older than the 12 months shown
    await order('2026-01-15T23:30:00Z', 1_000);
    const feb = await order('2026-02-02T08:00:00Z', 500);
    await order('2026-02-03T08:00:00Z', 300, 'USD');
    await order('2026-03-01T00:00:00Z', 200, 'EUR', admin, personId, 'pos');
    await setClock('2026-03-10T12:00:00Z');
    const res = await board();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.revenue.months).toEqual(MONTHS);
    expect(series(body, 'EUR')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1_000, 500, 200]);
    expect(series(body, 'USD')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 300, 0]);
    expect(body.revenue.series[0].currency).toBe('EUR'); // the biggest first
    expect(body.revenue.series[0].orders.slice(-3)).toEqual([1, 1, 1]);
    // This month by channel.
    expect(body.revenue.byChannel).toEqual([{ channel: 'pos', currency: 'EUR', orders: 1, amount: 200 }]);

    // A cancellation is an event too: the day is recomputed without the order.
    const cancel = await api({
      method: 'PATCH',
      url: `/api/v1/orders/${feb.id}`,
      payload: { status: 'cancelled' },
    });
    expect(cancel.statusCode).toBe(200);
    expect(series((await board()).json(), 'EUR')?.slice(-3)).toEqual([1_000, 0, 200]);
    // Replaying every order event changes nothing: days are recomputed, not incremented.
    await t.db
      .updateTable('eventConsumers')
      .set({ position: 0 })
      .where('name', '=', orderDailyTotalsConsumer.name)
      .execute();
    expect(series((await board()).json(), 'EUR')?.slice(-3)).toEqual([1_000, 0, 200]);
  });

  it('counts customers new this month in the user’s time zone, and open and won deals', async () => {
    await setClock('2026-02-28T12:00:00Z'); // already 1 March at UTC+14
    await post('/api/v1/people', { firstName: 'Late February' });
    await setClock('2026-03-05T09:00:00Z');
    const march = (await post('/api/v1/people', { firstName: 'March' })).json();
    // A merged person is a tombstone, not a customer: merging a March duplicate away leaves the counts.
    const twin = (await post('/api/v1/people', { firstName: 'March twin' })).json();
    const merged = await post('/api/v1/people/merge', { survivorId: march.id, mergedId: twin.id });
    expect(merged.statusCode).toBe(200);
    const utc = (await board(admin, '?timeZone=UTC')).json();
    // Ilze (January), Late February, March.
    expect(utc.customers).toEqual({ total: 3, newThisMonth: 1, newLastMonth: 1 });
    const kiritimati = (await board(admin, '?timeZone=Pacific/Kiritimati')).json();
    expect(kiritimati.customers).toEqual({ total: 3, newThisMonth: 2, newLastMonth: 0 });

    await post('/api/v1/deals', { title: 'Open one', amount: 10_000, currency: 'EUR' });
    const won = (await post('/api/v1/deals', { title: 'Won one', amount: 4_000, currency: 'EUR' })).json();
    expect((await post(`/api/v1/deals/${won.id}/move`, { stageId: 'stg_payment_received' })).statusCode).toBe(
      200,
    );
    const deals = (await board()).json().deals;
    expect(deals).toEqual({
      open: 1,
      openAmount: [{ currency: 'EUR', amount: 10_000 }],
      wonThisMonth: 1,
      wonAmount: [{ currency: 'EUR', amount: 4_000 }],
    });
    expect((await board(admin, '?timeZone=Mars/Olympus')).statusCode).toBe(400);
  });

  it('shows each user only what they may see, and is personal (no API keys)', async () => {
    await createUser(t, admin, { email: 'rep@example.com', role: 'manager' });
    const rep = await login(t, 'rep@example.com', 'password-123');
    const own = (await post('/api/v1/people', { firstName: 'Rep client' }, rep)).json();
    await order('2026-03-06T10:00:00Z', 7_700, 'EUR', rep, own.id);
    const mine = (await board(rep)).json();
    expect(series(mine, 'EUR')?.slice(-3)).toEqual([0, 0, 7_700]);
    expect(series(mine, 'USD')).toBeUndefined();
    expect(mine.customers.total).toBe(1);
    expect(mine.deals.open).toBe(0);
    const all = (await board()).json();
    expect(series(all, 'EUR')?.slice(-1)).toEqual([200 + 7_700]);
    // An order without a channel is its own slice (''), the biggest first.
    expect(all.revenue.byChannel).toEqual([
      { channel: '', currency: 'EUR', orders: 1, amount: 7_700 },
      { channel: 'pos', currency: 'EUR', orders: 1, amount: 200 },
    ]);
    expect(mine.revenue.byChannel).toEqual([{ channel: '', currency: 'EUR', orders: 1, amount: 7_700 }]);

    const key = (
      await api({ method: 'POST', url: '/api/v1/api-keys', payload: { name: 'bi', role: 'admin' } })
    ).json().key;
    expect((await api({ url: '/api/v1/dashboard' }, key)).statusCode).toBe(403);
  });
});
