import { afterAll, beforeAll, expect, it } from 'vitest';
import * as addNumber from '../src/db/migrations/2026_11_24_1004_add_orders_number.js';
import { as, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

/**
 * The migration that gives every order a number: on an upgrade, stored orders keep their external id
 * as their number, the others are numbered ORD-00001… in creation order, and new orders continue the
 * sequence.
 */
describeEachDialect('order numbers on upgrade', (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
  });
  afterAll(() => t.close());

  const post = (url: string, payload: object) => as(t, admin, { method: 'POST', url, payload });

  it('numbers stored orders in creation order and continues the sequence', async () => {
    const person = (await post('/api/v1/people', { firstName: 'Ilze' })).json();
    const order = async (externalId?: string) => {
      t.clock.advance(60_000);
      const res = await post('/api/v1/orders', {
        personId: person.id,
        currency: 'EUR',
        ...(externalId ? { externalId } : {}),
        lines: [{ productName: 'Tea', quantity: 1, unitPrice: 100 }],
      });
      expect(res.statusCode).toBe(201);
      return res.json().id as string;
    };
    const first = await order();
    const shop = await order('WEB-1');
    const second = await order();
    // An upgrade: the column did not exist, then the migration runs over the stored orders.
    await addNumber.down(t.db as never);
    await addNumber.up(t.db as never);
    const numbers = await t.db.selectFrom('orders').select(['id', 'number']).orderBy('createdAt').execute();
    expect(numbers).toEqual([
      { id: first, number: 'ORD-00001' },
      { id: shop, number: 'WEB-1' },
      { id: second, number: 'ORD-00002' },
    ]);
    const next = await order();
    expect((await as(t, admin, { url: `/api/v1/orders/${next}` })).json().number).toBe('ORD-00003');
  });
});
