import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AppInstance, buildApp } from '../src/app.js';
import { createTestContext, type TestContext } from './context.js';

/** The built web app as the server serves it (a stand-in dist: an index and one hashed chunk). */
describe('serving the web app', () => {
  let t: TestContext;
  let app: AppInstance;
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-dist-'));
  beforeAll(async () => {
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
    fs.writeFileSync(path.join(dist, 'assets', 'app-4f2a.js'), 'console.log(1)');
    t = await createTestContext('sqlite');
    app = await buildApp(t, { logger: false, webDist: dist });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('answers client routes with index.html, never cached, so an upgrade is seen on reload', async () => {
    for (const url of ['/', '/sales/board?pipeline=p1', '/customers/people/per_1']) {
      const res = await app.inject({ url });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });

  it('caches hashed chunks for a year and answers a chunk the upgrade removed with 404, not HTML', async () => {
    const chunk = await app.inject({ url: '/assets/app-4f2a.js' });
    expect(chunk.statusCode).toBe(200);
    expect(chunk.headers['content-type']).toMatch(/javascript/);
    expect(chunk.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const gone = await app.inject({ url: '/assets/app-0ld1.js' });
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).not.toMatch(/text\/html/);
    expect((await app.inject({ url: '/api/v1/nothing' })).statusCode).toBe(404);
  });
});
