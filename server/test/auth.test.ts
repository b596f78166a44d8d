import { afterEach, beforeEach, expect, it } from 'vitest';
import { MINUTE } from '../src/platform/clock.js';
import { ADMIN, as, login, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('auth', (dialect) => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp(dialect);
  });
  afterEach(() => t.close());

  it('sets up once, then answers 409 already_set_up', async () => {
    expect((await t.app.inject({ url: '/api/v1/setup' })).json()).toEqual({ needsSetup: true });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...ADMIN, locale: 'lv' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ email: ADMIN.email, role: 'admin', active: true, locale: 'lv' });
    expect(res.json().user.passwordHash).toBeUndefined();
    const cookie = res.headers['set-cookie'] as string;
    expect(cookie).toMatch(/rapport_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    expect((await t.app.inject({ url: '/api/v1/setup' })).json()).toEqual({ needsSetup: false });
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...ADMIN, email: 'b@x.io' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('already_set_up');
  });

  it('lets only one of two concurrent setups win', async () => {
    const results = await Promise.all(
      ['a@x.io', 'b@x.io', 'c@x.io'].map((email) =>
        t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: { ...ADMIN, email } }),
      ),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await t.db.selectFrom('users').select('id').execute()).toHaveLength(1);
  });

  it('logs in, reports the session, logs out', async () => {
    await setupAdmin(t);
    const s = await login(t, 'ADMIN@example.com', ADMIN.password);
    const session = await as(t, s, { url: '/api/v1/auth/session' });
    expect(session.statusCode).toBe(200);
    expect(session.json().user.email).toBe(ADMIN.email);
    expect(session.json().csrfToken).toBe(s.csrf);
    expect(session.json().permissions).toEqual(expect.arrayContaining(['users:create', 'profile:read']));
    const events = await t.db
      .selectFrom('events')
      .select('type')
      .where('type', '=', 'user.logged_in')
      .execute();
    expect(events.length).toBeGreaterThanOrEqual(1);
    expect((await as(t, s, { method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    const after = await as(t, s, { url: '/api/v1/auth/session' });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('unauthenticated');
    expect((await t.app.inject({ url: '/api/v1/auth/session' })).json().code).toBe('unauthenticated');
  });

  it('answers wrong passwords and unknown emails with the same 401', async () => {
    await setupAdmin(t);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: ADMIN.email, password: 'nope-nope' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'ghost@example.com', password: 'nope-nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_credentials');
    expect(unknown.json().code).toBe('invalid_credentials');
    expect(unknown.json().detail).toBe(wrong.json().detail);
  });

  it('locks an email after 5 failures for 15 minutes, even for the right password', async () => {
    await setupAdmin(t);
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email: ADMIN.email, password } });
    for (let i = 0; i < 5; i++) expect((await attempt('wrong-password')).statusCode).toBe(401);
    const locked = await attempt(ADMIN.password);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('account_locked');
    t.clock.advance(14 * MINUTE);
    expect((await attempt(ADMIN.password)).statusCode).toBe(429);
    t.clock.advance(MINUTE + 1);
    expect((await attempt(ADMIN.password)).statusCode).toBe(200);
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    const s = await setupAdmin(t);
    const res = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      headers: { cookie: s.cookie },
      payload: { name: 'X' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('csrf_failed');
    const wrong = await as(t, s, {
      method: 'PATCH',
      url: '/api/v1/me',
      payload: { name: 'X' },
      headers: { 'x-csrf-token': 'abc' },
    });
    expect(wrong.json().code).toBe('csrf_failed');
    const ok = await as(t, s, { method: 'PATCH', url: '/api/v1/me', payload: { name: 'X', theme: 'dark' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ name: 'X', theme: 'dark' });
  });

  it('rate-limits sign-in attempts per IP', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 32; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { email: `u${i}@x.io`, password: 'whatever' },
      });
      codes.push(res.statusCode);
      if (res.statusCode === 429) expect(res.json().code).toBe('rate_limited');
    }
    expect(codes.slice(0, 30).every((c) => c === 401)).toBe(true);
    expect(codes.slice(30)).toEqual([429, 429]);
  });

  it('names unknown body fields in a 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'a@b.c', password: 'x', remember: true },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('remember');
  });
});
