import { afterEach, beforeEach, expect, it } from 'vitest';
import { DAY } from '../src/platform/clock.js';
import { ADMIN, as, createUser, login, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('sessions', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(() => t.close());

  it('expires sessions after 14 idle days and 30 days in all', async () => {
    const s = await setupAdmin(t);
    t.clock.advance(14 * DAY + 1);
    const idle = await as(t, s, { url: '/api/v1/auth/session' });
    expect(idle.statusCode).toBe(401);
    expect(idle.json().code).toBe('session_expired');

    const s2 = await login(t, ADMIN.email, ADMIN.password);
    for (let i = 0; i < 3; i++) {
      t.clock.advance(10 * DAY);
      expect((await as(t, s2, { url: '/api/v1/auth/session' })).statusCode).toBe(200);
    }
    t.clock.advance(1 * DAY);
    expect((await as(t, s2, { url: '/api/v1/auth/session' })).json().code).toBe('session_expired');
  });

  it('changing the password ends the other sessions', async () => {
    const s1 = await setupAdmin(t);
    const s2 = await login(t, ADMIN.email, ADMIN.password);
    const short = await as(t, s1, {
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: ADMIN.password, newPassword: 'short' },
    });
    expect(short.statusCode).toBe(400);
    const res = await as(t, s1, {
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: ADMIN.password, newPassword: 'a much better one' },
    });
    expect(res.statusCode).toBe(204);
    expect((await as(t, s1, { url: '/api/v1/auth/session' })).statusCode).toBe(200);
    expect((await as(t, s2, { url: '/api/v1/auth/session' })).statusCode).toBe(401);
    await expect(login(t, ADMIN.email, ADMIN.password)).rejects.toThrow();
    await login(t, ADMIN.email, 'a much better one');
  });

  it('refuses sign-in for deactivated users and ends their sessions', async () => {
    const admin = await setupAdmin(t);
    const u = await createUser(t, admin, { email: 'agent@x.io', role: 'agent' });
    const s = await login(t, 'agent@x.io', 'password-123');
    const res = await as(t, admin, {
      method: 'PATCH',
      url: `/api/v1/users/${u.id}`,
      payload: { active: false },
    });
    expect(res.json().active).toBe(false);
    expect((await as(t, s, { url: '/api/v1/auth/session' })).statusCode).toBe(401);
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'agent@x.io', password: 'password-123' },
    });
    expect(again.json().code).toBe('invalid_credentials');
  });

  it('updates last_seen_at at most once a minute', async () => {
    const s = await setupAdmin(t);
    const seen = async () =>
      (await t.db.selectFrom('sessions').select('lastSeenAt').executeTakeFirstOrThrow()).lastSeenAt;
    const start = await seen();
    t.clock.advance(30_000);
    await as(t, s, { url: '/api/v1/auth/session' });
    expect(await seen()).toBe(start);
    t.clock.advance(31_000);
    await as(t, s, { url: '/api/v1/auth/session' });
    expect(await seen()).toBe(start + 61_000);
  });
});

describeEachDialect('auth over https', (dialect) => {
  it('marks the session cookie Secure when PUBLIC_URL is https', async () => {
    const t = await createTestApp(dialect, { PUBLIC_URL: 'https://crm.example.com' });
    try {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: ADMIN });
      expect(res.headers['set-cookie']).toMatch(/; Secure/);
    } finally {
      await t.close();
    }
  });
});
