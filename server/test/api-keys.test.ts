import { afterEach, beforeEach, expect, it } from 'vitest';
import { sha256 } from '../src/platform/auth/tokens.js';
import { as, createKey, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('api keys', (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
  });
  afterEach(() => t.close());

  it('creates a key shown once, stores only its hash, uses and revokes it', async () => {
    const key = await createKey(t, admin, 'manager', 'Zapier');
    expect(key.key).toMatch(/^rk_[A-Za-z0-9]{8}_[A-Za-z0-9_-]{40,}$/);
    expect(key.key.slice(3, 11)).toBe(key.prefix);
    const row = await t.db
      .selectFrom('apiKeys')
      .selectAll()
      .where('id', '=', key.id)
      .executeTakeFirstOrThrow();
    expect(row.keyHash).toBe(sha256(key.key));
    expect(JSON.stringify(row)).not.toContain(key.key);

    const list = (await as(t, admin, { url: '/api/v1/api-keys' })).json().data;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      id: key.id,
      name: 'Zapier',
      role: 'manager',
      prefix: key.prefix,
      createdBy: admin.userId,
    });
    expect(list[0].key).toBeUndefined();
    expect(list[0].lastUsedAt).toBeNull();

    const used = await as(t, key.key, { url: '/api/v1/users' });
    expect(used.statusCode).toBe(200);
    // No CSRF needed for bearer writes; a manager key still lacks users:create.
    const write = await as(t, key.key, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'x@x.io', name: 'X', role: 'agent', password: 'password-1' },
    });
    expect(write.statusCode).toBe(403);
    expect((await as(t, admin, { url: '/api/v1/api-keys' })).json().data[0].lastUsedAt).toBe(t.clock.now());

    expect((await as(t, admin, { method: 'DELETE', url: `/api/v1/api-keys/${key.id}` })).statusCode).toBe(
      204,
    );
    const revoked = await as(t, key.key, { url: '/api/v1/users' });
    expect(revoked.statusCode).toBe(401);
    expect((await as(t, admin, { url: '/api/v1/api-keys' })).json().data[0].revokedAt).toBe(t.clock.now());
  });

  it('lets an admin key write without CSRF, and refuses junk bearer tokens', async () => {
    const key = await createKey(t, admin, 'admin');
    const res = await as(t, key.key, { method: 'POST', url: '/api/v1/teams', payload: { name: 'Ops' } });
    expect(res.statusCode).toBe(201);
    expect((await as(t, 'rk_nope_nope', { url: '/api/v1/users' })).statusCode).toBe(401);
    const session = await as(t, key.key, { url: '/api/v1/auth/session' });
    expect(session.statusCode).toBe(403);
  });
});
