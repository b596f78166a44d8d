import type { CompiledQuery } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ordersSearch } from '../src/modules/orders/list-orders.js';
import { visibleOrders } from '../src/modules/orders/orders.repository.js';
import type { Principal } from '../src/platform/auth/principal.js';
import { createTestContext, describeEachDialect, type TestContext } from './context.js';
import { queryPlan } from './query-plan.js';

const admin: Principal = {
  kind: 'user',
  id: 'usr_1',
  userId: 'usr_1',
  role: 'admin',
  scope: 'all',
  teamIds: [],
  permissions: [],
};

/**
 * Order search at a million orders: a rare order number or customer must come from index ranges
 * (order number prefix, people quick search, orders by person), never a walk over `orders`.
 */
describeEachDialect('orders search query plan', (dialect) => {
  let t: TestContext;
  beforeAll(async () => {
    t = await createTestContext(dialect);
  });
  afterAll(() => t.close());

  const plan = (query: { compile(): CompiledQuery }) => queryPlan(t.db, dialect, query);
  const scansOrders = (p: string) =>
    dialect === 'sqlite' ? /SCAN (orders|o)\b(?! USING)/.test(p) : /Seq Scan on orders/.test(p);

  it('serves a search by order number or customer from indexes', async () => {
    for (const q of ['ZK-1', 'ORD-00042', 'zane kalna', 'zane@kal', '+37129990001', 'Kalniņš un dēli']) {
      const where = await ordersSearch(t.db, admin, q, dialect, false);
      const p = await plan(visibleOrders(t.db, admin).where(where).limit(50));
      expect(scansOrders(p), `${q}\n${p}`).toBe(false);
    }
  });
});
