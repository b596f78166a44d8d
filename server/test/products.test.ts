import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { as, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('products', (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
  });
  afterAll(() => t.close());
  const api = (opts: InjectOptions) => as(t, admin, opts);
  const post = (url: string, payload: object) => api({ method: 'POST', url, payload });

  it('keeps a category tree without cycles', async () => {
    const root = (await post('/api/v1/product-categories', { name: 'Food' })).json();
    const child = (await post('/api/v1/product-categories', { name: 'Tea', parentId: root.id })).json();
    expect(child.parentId).toBe(root.id);
    const cycle = await api({
      method: 'PATCH',
      url: `/api/v1/product-categories/${root.id}`,
      payload: { parentId: child.id },
    });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().errors[0].path).toBe('parentId');
    const list = (await api({ url: '/api/v1/product-categories' })).json().data;
    expect(list.map((c: { name: string }) => c.name)).toEqual(['Food', 'Tea']);
  });

  it('refuses a second category of the same name under the same parent with a 400 on name, not a 500', async () => {
    const coffee = (await post('/api/v1/product-categories', { name: 'Kafija' })).json();
    const again = await post('/api/v1/product-categories', { name: 'kafija' });
    expect(again.statusCode, again.body).toBe(400);
    expect(again.json().errors[0]).toMatchObject({
      path: 'name',
      code: 'already_used',
      params: { entity: 'category', id: coffee.id },
    });
    expect(again.json().errors[0].message).toContain(coffee.id);
    // The same name under another parent is another category; renaming onto a sibling is refused too.
    const beans = (await post('/api/v1/product-categories', { name: 'Kafija', parentId: coffee.id })).json();
    expect(beans.parentId).toBe(coffee.id);
    const tea = (await post('/api/v1/product-categories', { name: 'Tēja' })).json();
    const rename = await api({
      method: 'PATCH',
      url: `/api/v1/product-categories/${tea.id}`,
      payload: { name: 'KAFIJA' },
    });
    expect(rename.statusCode, rename.body).toBe(400);
    expect(rename.json().errors[0].path).toBe('name');
    // Renaming a category to its own name (another case) is no clash with itself.
    const same = await api({
      method: 'PATCH',
      url: `/api/v1/product-categories/${tea.id}`,
      payload: { name: 'TĒJA' },
    });
    expect(same.statusCode, same.body).toBe(200);
  });

  it('creates, lists, updates and deletes products with unique SKUs', async () => {
    const p = await post('/api/v1/products', { sku: 'A-1', name: 'Apple', unit: 'kg' });
    expect(p.statusCode).toBe(201);
    expect(p.json()).toMatchObject({ active: true, custom: {}, costPrice: null, costCurrency: null });
    const dup = await post('/api/v1/products', { sku: 'A-1', name: 'Other' });
    expect(dup.statusCode).toBe(400);
    expect(dup.json().errors[0].path).toBe('sku');
    expect((await post('/api/v1/products', { sku: 'B', name: 'x', color: 'red' })).statusCode).toBe(400);
    const upd = await api({
      method: 'PATCH',
      url: `/api/v1/products/${p.json().id}`,
      payload: { active: false },
    });
    expect(upd.json()).toMatchObject({ active: false, sku: 'A-1' });
    const filter = encodeURIComponent(JSON.stringify({ field: 'active', op: 'eq', value: false }));
    expect((await api({ url: `/api/v1/products?filter=${filter}` })).json().data).toHaveLength(1);
    expect((await api({ url: '/api/v1/products?q=a-' })).json().data).toHaveLength(1);
    expect((await api({ method: 'DELETE', url: `/api/v1/products/${p.json().id}` })).statusCode).toBe(204);
    expect((await api({ url: `/api/v1/products/${p.json().id}` })).statusCode).toBe(404);
  });

  it('keeps a cost price with its currency, and drops the currency with the cost', async () => {
    const p = await post('/api/v1/products', {
      sku: 'C-1',
      name: 'Cable',
      costPrice: 250,
      costCurrency: 'EUR',
    });
    expect(p.statusCode, p.body).toBe(201);
    expect(p.json()).toMatchObject({ costPrice: 250, costCurrency: 'EUR' });
    const url = `/api/v1/products/${p.json().id}`;
    expect((await api({ url })).json()).toMatchObject({ costPrice: 250, costCurrency: 'EUR' });
    const listed = (await api({ url: '/api/v1/products?q=c-1' })).json().data[0];
    expect(listed).toMatchObject({ costPrice: 250, costCurrency: 'EUR' });
    // A patch of something else keeps the cost; a new cost keeps the currency.
    expect((await api({ method: 'PATCH', url, payload: { name: 'Cable 2m' } })).json().costPrice).toBe(250);
    const dearer = await api({ method: 'PATCH', url, payload: { costPrice: 300 } });
    expect(dearer.json()).toMatchObject({ costPrice: 300, costCurrency: 'EUR' });
    const cleared = await api({ method: 'PATCH', url, payload: { costPrice: null } });
    expect(cleared.json()).toMatchObject({ costPrice: null, costCurrency: null });
    // A cost needs a currency; a negative or fractional cost is refused; each error names its field.
    const bad = async (payload: object, path: string) => {
      const res = await api({ method: 'PATCH', url, payload });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().errors[0].path.replace(/^body\./, '')).toBe(path);
    };
    await bad({ costPrice: 100 }, 'costCurrency');
    await bad({ costPrice: -1, costCurrency: 'EUR' }, 'costPrice');
    await bad({ costPrice: 1.5, costCurrency: 'EUR' }, 'costPrice');
    await bad({ costPrice: 100, costCurrency: 'euro' }, 'costCurrency');
    expect((await api({ url })).json()).toMatchObject({ costPrice: null, name: 'Cable 2m' });
  });
});
