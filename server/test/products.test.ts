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

  it('creates, lists, updates and deletes products with unique SKUs', async () => {
    const p = await post('/api/v1/products', { sku: 'A-1', name: 'Apple', unit: 'kg' });
    expect(p.statusCode).toBe(201);
    expect(p.json()).toMatchObject({ active: true, custom: {} });
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
});
