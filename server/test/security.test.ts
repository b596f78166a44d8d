import { afterAll, beforeAll, expect, it } from 'vitest';
import { fastifyPath } from '../src/platform/http/route-registry.js';
import { permissionsFor } from '../src/platform/users/roles.js';
import { as, createKey, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/**
 * Walks EVERY operation of /api/openapi.json, so routes added by later modules are covered without
 * touching this file: anonymous → 401 on every non-public operation; a viewer API key → 403 on every
 * operation whose permission a viewer lacks.
 */
describeEachDialect('security walk over the OpenAPI document', (dialect) => {
  let t: TestApp;
  let viewerKey: string;
  let ops: { method: string; path: string; url: string; isPublic: boolean; permission: string | null }[];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const admin = await setupAdmin(t);
    viewerKey = (await createKey(t, admin, 'viewer')).key;
    const doc = (await t.app.inject({ url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    ops = [];
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        if (!item[method]) continue;
        const access = t.app.routeAccess.get(`${method.toUpperCase()} ${fastifyPath(path)}`);
        if (!access) throw new Error(`${method} ${path} is in the OpenAPI document but not in routeAccess`);
        ops.push({
          method: method.toUpperCase(),
          path,
          url: path.replace(/\{[^}]+\}/g, 'zz_01jdummy0000000000000000'),
          isPublic: access.public,
          permission: access.permission,
        });
      }
    }
  });
  afterAll(() => t.close());

  it('finds the API operations (the walk is not vacuous)', () => {
    const api = ops.filter((o) => o.path.startsWith('/api/v1'));
    expect(api.length).toBeGreaterThanOrEqual(20);
    for (const o of api) expect(o.isPublic || o.permission !== null).toBe(true);
  });

  it('answers 401 to anonymous calls of every non-public operation', async () => {
    const failures: string[] = [];
    for (const o of ops.filter((x) => !x.isPublic)) {
      const res = await t.app.inject({
        method: o.method as 'GET',
        url: o.url,
        payload: o.method === 'GET' ? undefined : {},
      });
      if (res.statusCode !== 401) failures.push(`${o.method} ${o.path} → ${res.statusCode}`);
      const bogus = await t.app.inject({
        method: o.method as 'GET',
        url: o.url,
        headers: { cookie: 'rapport_session=forged' },
      });
      if (bogus.statusCode !== 401)
        failures.push(`${o.method} ${o.path} (forged cookie) → ${bogus.statusCode}`);
    }
    expect(failures).toEqual([]);
  });

  it('answers 403 to a viewer key on every operation a viewer may not call', async () => {
    const viewer = permissionsFor('viewer', 'api_key') as string[];
    const failures: string[] = [];
    let denied = 0;
    for (const o of ops.filter((x) => !x.isPublic)) {
      const res = await as(t, viewerKey, {
        method: o.method as 'GET',
        url: o.url,
        payload: o.method === 'GET' || o.method === 'DELETE' ? undefined : {},
      });
      const allowed = o.permission !== null && viewer.includes(o.permission);
      if (!allowed) {
        denied++;
        if (res.statusCode !== 403)
          failures.push(`${o.method} ${o.path} (${o.permission}) → ${res.statusCode}`);
      } else if (res.statusCode === 401 || res.statusCode === 403) {
        failures.push(`${o.method} ${o.path} (${o.permission}, granted) → ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
    expect(denied).toBeGreaterThanOrEqual(10);
  });

  it('keeps the public operations public', async () => {
    for (const path of ['/healthz', '/readyz', '/api/openapi.json', '/api/v1/setup']) {
      expect((await t.app.inject({ url: path })).statusCode).toBe(200);
    }
    expect((await t.app.inject({ url: '/api/docs/' })).statusCode).toBe(200);
  });
});
