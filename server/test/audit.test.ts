import { afterEach, beforeEach, expect, it } from 'vitest';
import { as, createKey, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('audit log', (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
  });
  afterEach(() => t.close());

  const audit = async (query: string) => (await as(t, admin, { url: `/api/v1/audit?${query}` })).json();

  it('records every write with actor and changes, and an event beside it', async () => {
    const u = await createUser(t, admin, { email: 'a@x.io', role: 'agent' });
    t.clock.advance(1000);
    await as(t, admin, {
      method: 'PATCH',
      url: `/api/v1/users/${u.id}`,
      payload: { name: 'Anna', role: 'manager' },
    });
    const rows = (await audit(`entityType=user&entityId=${u.id}`)).data;
    expect(rows.map((r: { action: string }) => r.action)).toEqual(['update', 'create']);
    expect(rows[0]).toMatchObject({ actorType: 'user', actorId: admin.userId, entityType: 'user' });
    expect(rows[0].changes).toEqual({ name: ['a', 'Anna'], role: ['agent', 'manager'] });
    expect(rows[1].changes.email).toEqual([null, 'a@x.io']);
    expect(JSON.stringify(rows)).not.toMatch(/scrypt|passwordHash|password-123/);

    const team = (
      await as(t, admin, { method: 'POST', url: '/api/v1/teams', payload: { name: 'T' } })
    ).json();
    await as(t, admin, { method: 'DELETE', url: `/api/v1/teams/${team.id}` });
    const key = await createKey(t, admin, 'viewer');
    await as(t, admin, { method: 'DELETE', url: `/api/v1/api-keys/${key.id}` });
    await as(t, admin, {
      method: 'POST',
      url: '/api/v1/auth/password',
      payload: { currentPassword: 'correct horse', newPassword: 'new password!' },
    });
    const actions = (await audit('limit=100')).data.map(
      (r: { entityType: string; action: string }) => `${r.entityType}.${r.action}`,
    );
    for (const a of [
      'team.create',
      'team.delete',
      'api_key.create',
      'api_key.revoke',
      'user.password_change',
    ]) {
      expect(actions).toContain(a);
    }
    const all = JSON.stringify((await audit('limit=100')).data);
    expect(all).not.toContain(key.key);
    expect(all).not.toMatch(/keyHash|scrypt\$/);

    const events = (await t.db.selectFrom('events').select('type').execute()).map((e) => e.type);
    for (const e of [
      'user.created',
      'user.updated',
      'team.created',
      'team.deleted',
      'api_key.created',
      'api_key.revoked',
    ]) {
      expect(events).toContain(e);
    }
  });

  it('filters by actor, action and time, pages by cursor, and is admin-only', async () => {
    const key = await createKey(t, admin, 'admin');
    await as(t, key.key, { method: 'POST', url: '/api/v1/teams', payload: { name: 'By key' } });
    const byKey = (await audit(`actorId=${key.id}`)).data;
    expect(byKey).toHaveLength(1);
    expect(byKey[0]).toMatchObject({ actorType: 'api_key', action: 'create', entityType: 'team' });

    const start = t.clock.now();
    t.clock.advance(60_000);
    for (let i = 0; i < 3; i++)
      await as(t, admin, { method: 'POST', url: '/api/v1/teams', payload: { name: `T${i}` } });
    const recent = await audit(`from=${start + 1}&action=create&limit=2`);
    expect(recent.data).toHaveLength(2);
    const rest = await audit(`from=${start + 1}&action=create&limit=2&cursor=${recent.nextCursor}`);
    expect(rest.data).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
    expect((await audit(`to=${start + 1}&entityType=team`)).data).toHaveLength(1);

    await createUser(t, admin, { email: 's@x.io', role: 'supervisor' });
    const sup = await login(t, 's@x.io', 'password-123');
    expect((await as(t, sup, { url: '/api/v1/audit' })).statusCode).toBe(403);
  });
});
