import { afterEach, beforeEach, expect, it } from 'vitest';
import { notify } from '../src/platform/notifications/notify.js';
import { as, createKey, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('notifications centre', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let olga: Session;
  beforeEach(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    await createUser(t, admin, { email: 'olga@example.com', role: 'agent', password: 'password-123' });
    olga = await login(t, 'olga@example.com', 'password-123');
  });
  afterEach(() => t.close());

  const send = (userId: string, kind: string, extra: Record<string, unknown> = {}, email = false) =>
    t.db
      .transaction()
      .execute((trx) =>
        notify(trx, t, userId, { kind, params: { title: kind }, link: '/tasks', ...extra }, { email }),
      );

  it('lists only my own notifications, newest first, with an unread filter and count', async () => {
    await send(olga.userId, 'task.reminder');
    t.clock.advance(1000);
    const second = await send(olga.userId, 'task.overdue');
    await send(admin.userId, 'task.overdue');
    const list = await as(t, olga, { method: 'GET', url: '/api/v1/notifications' });
    expect(list.statusCode).toBe(200);
    expect(list.json().data.map((n: { kind: string }) => n.kind)).toEqual(['task.overdue', 'task.reminder']);
    expect(list.json().data[0]).toMatchObject({
      id: second,
      titleKey: 'notifications.task.overdue',
      params: { title: 'task.overdue' },
      link: '/tasks',
      readAt: null,
    });
    const count = await as(t, olga, { method: 'GET', url: '/api/v1/notifications/unread-count' });
    expect(count.json()).toEqual({ count: 2 });

    const read = await as(t, olga, { method: 'POST', url: `/api/v1/notifications/${second}/read` });
    expect(read.json().readAt).toBe(t.clock.now());
    const unread = await as(t, olga, { method: 'GET', url: '/api/v1/notifications?unread=true' });
    expect(unread.json().data.map((n: { kind: string }) => n.kind)).toEqual(['task.reminder']);
    expect((await as(t, olga, { method: 'GET', url: '/api/v1/notifications/unread-count' })).json()).toEqual({
      count: 1,
    });

    const all = await as(t, olga, { method: 'POST', url: '/api/v1/notifications/read-all' });
    expect(all.json()).toEqual({ updated: 1 });
    expect((await as(t, olga, { method: 'GET', url: '/api/v1/notifications/unread-count' })).json()).toEqual({
      count: 0,
    });
    // The admin's notification is untouched and not Olga's to read.
    const adminList = (await as(t, admin, { method: 'GET', url: '/api/v1/notifications' })).json().data;
    expect(adminList).toHaveLength(1);
    expect(adminList[0].readAt).toBeNull();
    const foreign = await as(t, olga, {
      method: 'POST',
      url: `/api/v1/notifications/${adminList[0].id}/read`,
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('is once per dedupe key, e-mails on request (in the user’s language), and skips inactive users', async () => {
    await as(t, olga, { method: 'PATCH', url: '/api/v1/me', payload: { locale: 'lv' } });
    const first = await send(olga.userId, 'task.assigned', { dedupeKey: 'k1' }, true);
    const again = await send(olga.userId, 'task.assigned', { dedupeKey: 'k1' }, true);
    expect(first).toBeTruthy();
    expect(again).toBeNull();
    const mail = await t.db.selectFrom('mailOutbox').selectAll().execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ to: 'olga@example.com', status: 'queued' });
    expect(mail[0]!.subject).toBe('Jums piešķirts uzdevums "task.assigned"');
    expect(mail[0]!.text).toContain('http://localhost:3000/tasks');
    const jobs = await t.db.selectFrom('jobs').select('type').execute();
    expect(jobs.map((j) => j.type)).toEqual(['mail.send']);

    await as(t, admin, { method: 'PATCH', url: `/api/v1/users/${olga.userId}`, payload: { active: false } });
    expect(await send(olga.userId, 'task.overdue')).toBeNull();
  });

  it('is for users: an API key gets 403, anonymous 401', async () => {
    const key = await createKey(t, admin, 'admin');
    expect((await as(t, key.key, { method: 'GET', url: '/api/v1/notifications' })).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/notifications/unread-count' })).statusCode,
    ).toBe(401);
  });
});
