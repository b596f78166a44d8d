import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, createKey, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

/** Reading a list does not let one take the whole selection away as CSV: that is `<resource>:export`. */
describeEachDialect('CSV export permission', (dialect) => {
  let t: TestApp;
  let agentKey: string;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const admin = await setupAdmin(t);
    // An agent reads people, companies, leads, orders and deals but may export none of them.
    agentKey = (await createKey(t, admin, 'agent')).key;
  });
  afterAll(() => t.close());

  it.each(['people', 'companies', 'leads', 'orders', 'deals'])(
    '%s: the list answers, its CSV is 403 naming the permission',
    async (resource) => {
      expect((await as(t, agentKey, { url: `/api/v1/${resource}` })).statusCode).toBe(200);
      const csv = await as(t, agentKey, { url: `/api/v1/${resource}?format=csv` });
      expect(csv.statusCode).toBe(403);
      expect(csv.json()).toMatchObject({
        code: 'forbidden',
        detail: `Exporting ${resource} needs ${resource}:export`,
      });
    },
  );
});
