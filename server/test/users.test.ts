import { afterEach, beforeEach, expect, it } from 'vitest';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('users', (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
  });
  afterEach(() => t.close());

  it('creates, reads, lists and searches users', async () => {
    const res = await as(t, admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: {
        email: 'Zoe@Example.com',
        name: 'Zoë Agent',
        role: 'agent',
        password: 'password-1',
        locale: 'ru',
      },
    });
    expect(res.statusCode).toBe(201);
    const zoe = res.json();
    expect(zoe).toMatchObject({
      email: 'zoe@example.com',
      role: 'agent',
      active: true,
      locale: 'ru',
      teamIds: [],
    });
    expect(zoe.password).toBeUndefined();
    expect((await as(t, admin, { url: `/api/v1/users/${zoe.id}` })).json()).toEqual(zoe);
    for (let i = 0; i < 3; i++) await createUser(t, admin, { email: `m${i}@x.io`, role: 'manager' });

    const page1 = (await as(t, admin, { url: '/api/v1/users?limit=2' })).json();
    expect(page1.data).toHaveLength(2);
    const page2 = (await as(t, admin, { url: `/api/v1/users?limit=2&cursor=${page1.nextCursor}` })).json();
    const page3 = (await as(t, admin, { url: `/api/v1/users?limit=2&cursor=${page2.nextCursor}` })).json();
    expect(page3.nextCursor).toBeNull();
    const all = [...page1.data, ...page2.data, ...page3.data].map((u) => u.id);
    expect(new Set(all).size).toBe(5);

    const found = (await as(t, admin, { url: '/api/v1/users?q=ZOË' })).json();
    expect(found.data.map((u: { id: string }) => u.id)).toEqual([zoe.id]);
    expect((await as(t, admin, { url: '/api/v1/users?q=%25' })).json().data).toHaveLength(0);
  });

  it('rejects duplicate emails, unknown fields and unknown teams', async () => {
    await createUser(t, admin, { email: 'a@x.io', role: 'agent' });
    const dup = await as(t, admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'A@x.io', name: 'A', role: 'agent', password: 'password-1' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('email_taken');
    const extra = await as(t, admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'b@x.io', name: 'B', role: 'agent', password: 'password-1', isRoot: true },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.body).toContain('isRoot');
    const team = await as(t, admin, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'c@x.io', name: 'C', role: 'agent', password: 'password-1', teamIds: ['team_nope'] },
    });
    expect(team.statusCode).toBe(400);
    expect(team.json().errors[0].path).toBe('body.teamIds');
  });

  it('lets a viewer read users but not create them', async () => {
    await createUser(t, admin, { email: 'v@x.io', role: 'viewer' });
    const viewer = await login(t, 'v@x.io', 'password-123');
    expect((await as(t, viewer, { url: '/api/v1/users' })).statusCode).toBe(200);
    const res = await as(t, viewer, {
      method: 'POST',
      url: '/api/v1/users',
      payload: { email: 'x@x.io', name: 'X', role: 'admin', password: 'password-1' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('forbidden');
  });

  it('protects the last active admin', async () => {
    const demote = await as(t, admin, {
      method: 'PATCH',
      url: `/api/v1/users/${admin.userId}`,
      payload: { role: 'viewer' },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().code).toBe('last_admin');
    const off = await as(t, admin, {
      method: 'PATCH',
      url: `/api/v1/users/${admin.userId}`,
      payload: { active: false },
    });
    expect(off.statusCode).toBe(409);
    // With a second admin the first may step down.
    const other = await createUser(t, admin, { email: 'a2@x.io', role: 'admin' });
    const ok = await as(t, admin, {
      method: 'PATCH',
      url: `/api/v1/users/${admin.userId}`,
      payload: { role: 'manager' },
    });
    expect(ok.json().role).toBe('manager');
    const second = await login(t, 'a2@x.io', 'password-123');
    const last = await as(t, second, {
      method: 'PATCH',
      url: `/api/v1/users/${other.id}`,
      payload: { active: false },
    });
    expect(last.statusCode).toBe(409);
  });

  it('updates absence, substitute and teams; has no DELETE', async () => {
    const sub = await createUser(t, admin, { email: 's@x.io', role: 'agent' });
    const u = await createUser(t, admin, { email: 'u@x.io', role: 'agent' });
    const team = (
      await as(t, admin, { method: 'POST', url: '/api/v1/teams', payload: { name: 'Support' } })
    ).json();
    const res = await as(t, admin, {
      method: 'PATCH',
      url: `/api/v1/users/${u.id}`,
      payload: { absentFrom: 1000, absentUntil: 2000, substituteId: sub.id, teamIds: [team.id] },
    });
    expect(res.json()).toMatchObject({
      absentFrom: 1000,
      absentUntil: 2000,
      substituteId: sub.id,
      teamIds: [team.id],
    });
    const bad = await as(t, admin, {
      method: 'PATCH',
      url: `/api/v1/users/${u.id}`,
      payload: { absentFrom: 3000, absentUntil: 2000 },
    });
    expect(bad.statusCode).toBe(400);
    expect((await as(t, admin, { method: 'DELETE', url: `/api/v1/users/${u.id}` })).statusCode).toBe(404);
    expect((await as(t, admin, { url: '/api/v1/users/usr_nope' })).statusCode).toBe(404);
  });
});
