import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { fromJson } from '../src/db/json.js';
import { overdueScanSchedule, scanOverdueTasks } from '../src/modules/tasks/overdue-scan.js';
import { ensureSchedule } from '../src/platform/jobs/job-schedules.js';
import { closeTransports } from '../src/platform/mail/mail-transport.js';
import { as } from './auth-helpers.js';
import { describeEachDialect, reopen } from './context.js';
import { startSmtpSink } from './smtp-sink.js';
import { createTask, HOUR, MIN, notificationsOf, type TasksWorld, tasksWorld } from './tasks-fixture.js';

let sink: Awaited<ReturnType<typeof startSmtpSink>>;
beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  closeTransports();
  await sink.close();
});

/** The Subject header as read: unfolded, RFC 2047 encoded words (B or Q) decoded. */
function subjectOf(raw: string): string {
  const header = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return header
    .replace(/\r?\n[ \t]/g, ' ')
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=/gi, (_m, enc: string, text: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(
            text
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(Number.parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

describeEachDialect('task reminders and overdue control', (dialect) => {
  let w: TasksWorld;
  beforeEach(async () => {
    w = await tasksWorld(dialect);
  });
  afterEach(() => w.t.close());

  it('fires the reminder at dueAt − remindBefore, not before, with an e-mail; a new due time moves it', async () => {
    const now = w.t.clock.now();
    const task = await createTask(w, w.alice, { dueAt: now + 2 * HOUR, remindBeforeMinutes: 30 });
    await w.runner.tick();
    w.t.clock.advance(90 * MIN - 1);
    await w.runner.tick();
    expect(await notificationsOf(w, w.alice.userId, 'task.reminder')).toHaveLength(0);
    w.t.clock.advance(1);
    await w.runner.tick();
    const [n] = await notificationsOf(w, w.alice.userId, 'task.reminder');
    expect(n).toMatchObject({ titleKey: 'notifications.task.reminder', link: `/tasks?task=${task.id}` });
    const mail = await w.t.db.selectFrom('mailOutbox').selectAll().execute();
    expect(mail).toMatchObject([
      { to: 'alice@example.com', subject: 'Reminder: "Call back" is due Jan 5, 2026, 11:00 AM UTC' },
    ]);

    // Reschedule a second task: the reminder follows the new due time, the old job does nothing.
    const t2 = await createTask(w, w.bob, { dueAt: w.t.clock.now() + HOUR, remindBeforeMinutes: 10 });
    await as(w.t, w.bob, {
      method: 'PATCH',
      url: `/api/v1/tasks/${t2.id}`,
      payload: { dueAt: t2.dueAt + 2 * HOUR },
    });
    w.t.clock.advance(HOUR);
    await w.runner.tick();
    expect(await notificationsOf(w, w.bob.userId, 'task.reminder')).toHaveLength(0);
    w.t.clock.advance(2 * HOUR - 10 * MIN);
    await w.runner.tick();
    expect(await notificationsOf(w, w.bob.userId, 'task.reminder')).toHaveLength(1);
    const jobs = await w.t.db
      .selectFrom('jobs')
      .select('idempotencyKey')
      .where('type', '=', 'tasks.reminder')
      .execute();
    expect(jobs.map((j) => j.idempotencyKey).sort()).toEqual(
      [
        `task-reminder:${task.id}:${task.dueAt}`,
        `task-reminder:${t2.id}:${t2.dueAt}`,
        `task-reminder:${t2.id}:${t2.dueAt + 2 * HOUR}`,
      ].sort(),
    );
  });

  it("e-mails due times in the recipient's zone and language format (their setting, else UTC), over SMTP", async () => {
    await w.t.close();
    w = await tasksWorld(dialect, { SMTP_URL: sink.url });
    const set = (userId: string, values: { locale: string; timeZone: string | null }) =>
      w.t.db.updateTable('users').set(values).where('id', '=', userId).execute();
    await set(w.alice.userId, { locale: 'lv', timeZone: 'Europe/Riga' });
    await set(w.lead.userId, { locale: 'ru', timeZone: null });
    await set(w.bob.userId, { locale: 'en', timeZone: 'America/New_York' });
    const before = sink.received.length;
    // 2026-01-05 09:02 UTC = 11:02 in Riga (winter, UTC+2) = 04:02 in New York.
    await createTask(w, w.alice, { title: 'Sūtīt līgumu', dueAt: w.t.clock.now() + 2 * MIN });
    await createTask(w, w.bob, {
      title: 'Call back',
      dueAt: w.t.clock.now() + 2 * HOUR,
      remindBeforeMinutes: 30,
    });
    w.t.clock.advance(5 * MIN);
    await scanOverdueTasks(w.t);
    w.t.clock.advance(85 * MIN);
    await w.runner.tick();
    await w.runner.tick();
    const mails = sink.received
      .slice(before)
      .map((m) => ({ to: m.to[0], subject: subjectOf(m.raw) }))
      .sort((a, b) => String(a.to).localeCompare(String(b.to)));
    expect(mails).toEqual([
      {
        to: 'alice@example.com',
        subject: 'Nokavēts: "Sūtīt līgumu" (ALICE), termiņš bija 2026. gada 5. janv. 11:02',
      },
      { to: 'bob@example.com', subject: 'Reminder: "Call back" is due Jan 5, 2026, 6:00 AM' },
      {
        to: 'lead@example.com',
        subject: 'Просрочено: «Sūtīt līgumu» (ALICE), срок был 5 янв. 2026 г., 09:02 UTC',
      },
    ]);
  });

  it('the 5-minute schedule notifies the assignee and the team lead once per overdue task', async () => {
    await ensureSchedule(w.t.db, w.t.clock, overdueScanSchedule);
    const task = await createTask(w, w.alice, { dueAt: w.t.clock.now() + 2 * MIN });
    w.t.clock.advance(5 * MIN);
    await w.runner.tick();
    await w.runner.tick();
    expect(await notificationsOf(w, w.alice.userId, 'task.overdue')).toHaveLength(1);
    const [leadNote] = await notificationsOf(w, w.lead.userId, 'task.overdue');
    expect(leadNote).toBeDefined();
    expect(fromJson(leadNote!.params)).toMatchObject({ taskId: task.id, assignee: 'ALICE' });
    w.t.clock.advance(5 * MIN);
    await w.runner.tick();
    await w.runner.tick();
    expect(await notificationsOf(w, w.alice.userId, 'task.overdue')).toHaveLength(1);
    expect(await notificationsOf(w, w.lead.userId, 'task.overdue')).toHaveLength(1);
    const scans = await w.t.db
      .selectFrom('jobs')
      .select('status')
      .where('type', '=', 'tasks.overdue-scan')
      .execute();
    expect(scans.length).toBe(2);
    expect(scans.every((s) => s.status === 'done')).toBe(true);
    // Each notification also went out by e-mail, once.
    const mail = await w.t.db.selectFrom('mailOutbox').select('to').execute();
    expect(mail.map((m) => m.to).sort()).toEqual(['alice@example.com', 'lead@example.com']);
  });

  it('escalates after 24 h overdue to the team lead, once', async () => {
    await createTask(w, w.alice, { dueAt: w.t.clock.now() - MIN });
    await scanOverdueTasks(w.t);
    expect(await notificationsOf(w, w.lead.userId, 'task.escalated')).toHaveLength(0);
    w.t.clock.advance(24 * HOUR);
    await scanOverdueTasks(w.t);
    await scanOverdueTasks(w.t);
    expect(await notificationsOf(w, w.lead.userId, 'task.escalated')).toHaveLength(1);
  });

  it('an overdue task of an absent assignee goes to the substitute, once, even if the scan runs twice', async () => {
    const now = w.t.clock.now();
    const patch = await as(w.t, w.admin, {
      method: 'PATCH',
      url: `/api/v1/users/${w.alice.userId}`,
      payload: { absentFrom: now - HOUR, absentUntil: now + 48 * HOUR, substituteId: w.bob.userId },
    });
    expect(patch.statusCode).toBe(200);
    const task = await createTask(w, w.alice, { dueAt: now - 10 * MIN, related: { personId: w.personId } });
    const first = await scanOverdueTasks(w.t);
    const second = await scanOverdueTasks(w.t);
    expect(first.reassigned).toBe(1);
    expect(second.reassigned).toBe(0);
    const row = await w.t.db
      .selectFrom('tasks')
      .selectAll()
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(row.assigneeId).toBe(w.bob.userId);
    const events = await w.t.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'task.reassigned')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.personId).toBe(w.personId);
    expect(fromJson(events[0]!.payload)).toMatchObject({
      from: w.alice.userId,
      to: w.bob.userId,
      reason: 'assignee_absent',
    });
    const audits = await w.t.db.selectFrom('auditLog').selectAll().where('action', '=', 'reassign').execute();
    expect(audits).toHaveLength(1);
    expect(await notificationsOf(w, w.alice.userId, 'task.reassigned')).toHaveLength(1);
    expect(await notificationsOf(w, w.bob.userId, 'task.reassigned')).toHaveLength(1);
    // The timeline shows it to people who can see the person.
    const tl = await as(w.t, w.admin, {
      method: 'GET',
      url: `/api/v1/people/${w.personId}/timeline?limit=50`,
    });
    expect(tl.json().data.filter((e: { type: string }) => e.type === 'task.reassigned')).toHaveLength(1);
  });

  it('two nodes scanning at once reassign once (PostgreSQL: concurrent transactions)', async () => {
    if (dialect !== 'postgres') return; // SQLite has one writer: concurrency is the PostgreSQL question
    const now = w.t.clock.now();
    await as(w.t, w.admin, {
      method: 'PATCH',
      url: `/api/v1/users/${w.alice.userId}`,
      payload: { absentFrom: now - HOUR, absentUntil: now + HOUR, substituteId: w.bob.userId },
    });
    for (let i = 0; i < 5; i++) await createTask(w, w.alice, { title: `T${i}`, dueAt: now - (i + 1) * MIN });
    const db2 = await reopen(w.t);
    try {
      const [a, b] = await Promise.all([scanOverdueTasks(w.t), scanOverdueTasks({ ...w.t, db: db2 })]);
      expect(a.reassigned + b.reassigned).toBe(5);
    } finally {
      await db2.destroy();
    }
    const events = await w.t.db
      .selectFrom('events')
      .select('id')
      .where('type', '=', 'task.reassigned')
      .execute();
    expect(events).toHaveLength(5);
    expect(await notificationsOf(w, w.bob.userId, 'task.reassigned')).toHaveLength(5);
    expect(await notificationsOf(w, w.alice.userId, 'task.overdue')).toHaveLength(5);
  });

  it('an absent assignee without a substitute hands the task to the team lead', async () => {
    const now = w.t.clock.now();
    await as(w.t, w.admin, {
      method: 'PATCH',
      url: `/api/v1/users/${w.bob.userId}`,
      payload: { absentFrom: now - HOUR, absentUntil: now + HOUR },
    });
    // Due in 2 h: not overdue yet, but within the absence horizon (24 h).
    const task = await createTask(w, w.bob, { dueAt: now + 2 * HOUR });
    await scanOverdueTasks(w.t);
    await scanOverdueTasks(w.t);
    const row = await w.t.db
      .selectFrom('tasks')
      .select('assigneeId')
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(row.assigneeId).toBe(w.lead.userId);
    expect(await notificationsOf(w, w.lead.userId, 'task.reassigned')).toHaveLength(1);
    expect(await notificationsOf(w, w.bob.userId, 'task.overdue')).toHaveLength(0);
  });

  it('a custom rule reassigns to the lead after N hours; rules are managed with tasks:manage', async () => {
    const denied = await as(w.t, w.alice, {
      method: 'POST',
      url: '/api/v1/tasks/escalation-rules',
      payload: { name: 'x', trigger: 'overdue', overdueHours: 2, action: 'reassign_lead' },
    });
    expect(denied.statusCode).toBe(403);
    const missing = await as(w.t, w.lead, {
      method: 'POST',
      url: '/api/v1/tasks/escalation-rules',
      payload: { name: 'x', trigger: 'overdue', action: 'reassign_lead' },
    });
    expect(missing.statusCode).toBe(400);
    const rule = await as(w.t, w.lead, {
      method: 'POST',
      url: '/api/v1/tasks/escalation-rules',
      payload: {
        name: '2 h → lead',
        trigger: 'overdue',
        overdueHours: 2,
        action: 'reassign_lead',
        position: 5,
      },
    });
    expect(rule.statusCode).toBe(201);
    const list = await as(w.t, w.alice, { method: 'GET', url: '/api/v1/tasks/escalation-rules' });
    expect(list.json().data.map((r: { id: string }) => r.id)).toEqual([
      rule.json().id,
      'esc_default_absent',
      'esc_default_overdue_24h',
    ]);
    const task = await createTask(w, w.alice, { dueAt: w.t.clock.now() - HOUR });
    await scanOverdueTasks(w.t);
    let row = await w.t.db
      .selectFrom('tasks')
      .select('assigneeId')
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(row.assigneeId).toBe(w.alice.userId);
    w.t.clock.advance(HOUR);
    await scanOverdueTasks(w.t);
    await scanOverdueTasks(w.t);
    row = await w.t.db
      .selectFrom('tasks')
      .select('assigneeId')
      .where('id', '=', task.id)
      .executeTakeFirstOrThrow();
    expect(row.assigneeId).toBe(w.lead.userId);
    const events = await w.t.db
      .selectFrom('events')
      .select('id')
      .where('type', '=', 'task.reassigned')
      .execute();
    expect(events).toHaveLength(1);
  });
});
