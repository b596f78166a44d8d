import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { scanDateRules } from '../src/modules/automation/date-reached.job.js';
import { WEBHOOK_JOB } from '../src/modules/automation/webhook.job.js';
import { scanOverdueTasks } from '../src/modules/tasks/overdue-scan.js';
import { DAY, HOUR } from '../src/platform/clock.js';
import {
  api,
  createDeal,
  createPerson,
  createRule,
  disableExamples,
  drain,
  tasksTitled,
} from './automation-fixture.js';
import { describeEachDialect } from './context.js';
import { createTask, type TasksWorld, tasksWorld } from './tasks-fixture.js';

describeEachDialect('automation triggers and actions', (dialect) => {
  let w: TasksWorld;
  let server: http.Server;
  const hits: { method: string; body: string; key: string }[] = [];
  let failNext = 0;
  beforeAll(async () => {
    w = await tasksWorld(dialect);
    await disableExamples(w);
    server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => {
        body += c;
      });
      req.on('end', () => {
        hits.push({ method: req.method ?? '', body, key: String(req.headers['idempotency-key']) });
        res.statusCode = failNext-- > 0 ? 500 : 200;
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  });
  afterAll(async () => {
    server.close();
    await w.t.close();
  });

  it('field_changed on a deal assigns the owner and sets a field', async () => {
    await createRule(w, {
      trigger: { kind: 'field_changed', entity: 'deal', field: 'amount' },
      condition: { field: 'amount', op: 'gt', value: 10_000 },
      actions: [
        { kind: 'assign_owner', userId: w.lead.userId },
        { kind: 'update_field', field: 'title', value: 'Big one' },
      ],
    });
    const d = await createDeal(w, { title: 'Deal', amount: 500, ownerId: w.alice.userId });
    const patch = (amount: number) =>
      api(w, { method: 'PATCH', url: `/api/v1/deals/${d.id}`, payload: { amount } });
    expect((await patch(600)).statusCode).toBe(200);
    await drain(w);
    let row = await w.t.db.selectFrom('deals').selectAll().where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ ownerId: w.alice.userId, title: 'Deal' });
    expect((await patch(20_000)).statusCode).toBe(200);
    await drain(w);
    row = await w.t.db.selectFrom('deals').selectAll().where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ ownerId: w.lead.userId, title: 'Big one' });
    const ev = await w.t.db
      .selectFrom('events')
      .selectAll()
      .where('entityId', '=', d.id)
      .where('actorType', '=', 'system')
      .execute();
    expect(ev.length).toBe(2);
    expect(ev[0]!.actorId).toMatch(/^automation:rul_/);
  });

  it('a rule never triggers itself, and chains stop at the depth limit', async () => {
    // Adds a tag whenever tags change: without loop protection this would run forever.
    const id = await createRule(w, {
      trigger: { kind: 'field_changed', entity: 'person', field: 'tags' },
      actions: [{ kind: 'add_tag', tag: 'seen' }],
    });
    const p = await createPerson(w, { firstName: 'Loop' });
    await api(w, { method: 'PATCH', url: `/api/v1/people/${p.id}`, payload: { tags: ['x'] } });
    await drain(w);
    await drain(w);
    const person = await w.t.db
      .selectFrom('people')
      .select('tags')
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(JSON.stringify(person.tags)).toString()).toContain('seen');
    const runs = (await api(w, { url: `/api/v1/automation/rules/${id}/runs` })).json().data;
    expect(runs).toHaveLength(1);
    await api(w, { method: 'PATCH', url: `/api/v1/automation/rules/${id}`, payload: { enabled: false } });
  });

  it('task_overdue notifies the assignee; send_internal_email queues a mail', async () => {
    await createRule(w, {
      trigger: { kind: 'task_overdue' },
      actions: [
        { kind: 'notify_user', to: 'owner', message: 'Overdue, act now' },
        { kind: 'send_internal_email', to: 'ops@example.com', subject: 'Overdue task', body: 'See Rapport' },
      ],
    });
    const task = await createTask(w, w.admin, { assigneeId: w.bob.userId, dueAt: w.t.clock.now() + HOUR });
    await scanOverdueTasks(w.t);
    await drain(w);
    const msg = () =>
      w.t.db
        .selectFrom('notifications')
        .selectAll()
        .where('kind', '=', 'automation.message')
        .where('userId', '=', w.bob.userId)
        .execute();
    expect(await msg()).toHaveLength(0);
    w.t.clock.advance(2 * HOUR);
    await scanOverdueTasks(w.t);
    await scanOverdueTasks(w.t); // a second scan writes no second task.overdue
    await drain(w);
    expect(await msg()).toHaveLength(1);
    const mails = await w.t.db
      .selectFrom('mailOutbox')
      .selectAll()
      .where('subject', '=', 'Overdue task')
      .execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe('ops@example.com');
    expect(task.id).toBeTruthy();
  });

  it('date_reached fires N days before a birthday at the set time, once per day', async () => {
    await createRule(w, {
      trigger: { kind: 'date_reached', entity: 'person', field: 'birthday', offsetDays: -3, at: '08:00' },
      actions: [
        { kind: 'create_task', title: 'Birthday card', dueIn: { amount: 1, unit: 'day' }, assignTo: 'owner' },
      ],
    });
    // The clock is 2026-01-05 09:00 UTC (+ a few hours); the birthday is 3 days later.
    const day = new Date(w.t.clock.now() + 3 * DAY).toISOString().slice(5, 10);
    await createPerson(w, { firstName: 'Birthday', birthday: `1990-${day}`, ownerId: w.alice.userId });
    await createPerson(w, { firstName: 'Other', birthday: '1990-07-01', ownerId: w.alice.userId });
    const today = new Date(w.t.clock.now()).toISOString().slice(0, 10);
    w.t.clock.set(Date.parse(`${today}T07:30:00Z`) + DAY); // tomorrow before 08:00: birthday is now 2 days away
    expect((await scanDateRules(w.t)).runs).toBe(0);
    w.t.clock.set(Date.parse(`${today}T08:10:00Z`));
    expect((await scanDateRules(w.t)).runs).toBe(1);
    expect((await scanDateRules(w.t)).runs).toBe(0);
    const tasks = await tasksTitled(w, 'Birthday card');
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.assigneeId).toBe(w.alice.userId);
    expect(Number(tasks[0]!.dueAt)).toBe(w.t.clock.now() + DAY);
  });

  it('call_webhook posts to a local server through a durable job and retries on 500', async () => {
    const { port } = server.address() as AddressInfo;
    await createRule(w, {
      trigger: { kind: 'stage_entered', stageId: 'stg_active_inquiry' },
      actions: [{ kind: 'call_webhook', url: `http://127.0.0.1:${port}/hook`, method: 'POST' }],
    });
    const d = await createDeal(w, { title: 'Hooked', amount: 1 });
    await api(w, {
      method: 'POST',
      url: `/api/v1/deals/${d.id}/move`,
      payload: { stageId: 'stg_active_inquiry' },
    });
    await drain(w);
    failNext = 1;
    await w.runner.tick();
    const job = () =>
      w.t.db.selectFrom('jobs').selectAll().where('type', '=', WEBHOOK_JOB).executeTakeFirstOrThrow();
    expect((await job()).status).toBe('queued');
    expect(hits).toHaveLength(1);
    w.t.clock.advance(HOUR);
    await w.runner.tick();
    expect((await job()).status).toBe('done');
    expect(hits).toHaveLength(2);
    expect(JSON.parse(hits[1]!.body)).toMatchObject({
      entity: 'deal',
      record: { id: d.id, title: 'Hooked' },
    });
    expect(hits[0]!.key).toBe(hits[1]!.key);
  });
});
