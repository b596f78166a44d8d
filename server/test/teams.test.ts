import { afterEach, beforeEach, expect, it } from 'vitest';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('teams', (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
  });
  afterEach(() => t.close());

  it('creates, updates, lists and deletes teams with their members', async () => {
    const a = await createUser(t, admin, { email: 'a@x.io', role: 'agent' });
    const b = await createUser(t, admin, { email: 'b@x.io', role: 'agent' });
    const created = await as(t, admin, {
      method: 'POST',
      url: '/api/v1/teams',
      payload: { name: 'Sales', leadId: a.id, memberIds: [a.id, b.id, a.id] },
    });
    expect(created.statusCode).toBe(201);
    const team = created.json();
    expect(team).toMatchObject({ name: 'Sales', leadId: a.id, memberIds: [a.id, b.id].sort() });
    expect((await as(t, admin, { url: `/api/v1/users/${b.id}` })).json().teamIds).toEqual([team.id]);

    const patched = await as(t, admin, {
      method: 'PATCH',
      url: `/api/v1/teams/${team.id}`,
      payload: { name: 'Sales EU', memberIds: [b.id] },
    });
    expect(patched.json()).toMatchObject({ name: 'Sales EU', memberIds: [b.id], leadId: a.id });
    expect((await as(t, admin, { url: `/api/v1/users/${a.id}` })).json().teamIds).toEqual([]);
    expect((await as(t, admin, { url: '/api/v1/teams' })).json()).toMatchObject({
      data: [{ id: team.id }],
      nextCursor: null,
    });

    expect((await as(t, admin, { method: 'DELETE', url: `/api/v1/teams/${team.id}` })).statusCode).toBe(204);
    expect((await as(t, admin, { url: `/api/v1/teams/${team.id}` })).statusCode).toBe(404);
    expect((await as(t, admin, { url: `/api/v1/users/${b.id}` })).json().teamIds).toEqual([]);
  });

  it('validates members and forbids viewers to write', async () => {
    const bad = await as(t, admin, {
      method: 'POST',
      url: '/api/v1/teams',
      payload: { name: 'X', memberIds: ['usr_nope'] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('body.memberIds');
    await createUser(t, admin, { email: 'v@x.io', role: 'viewer' });
    const viewer = await login(t, 'v@x.io', 'password-123');
    expect((await as(t, viewer, { url: '/api/v1/teams' })).statusCode).toBe(200);
    const res = await as(t, viewer, { method: 'POST', url: '/api/v1/teams', payload: { name: 'Y' } });
    expect(res.statusCode).toBe(403);
  });
});
