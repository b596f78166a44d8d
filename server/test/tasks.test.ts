import { afterEach, beforeEach, expect, it } from 'vitest';
import { as } from './auth-helpers.js';
import { describeEachDialect } from './context.js';
import { createTask, HOUR, MIN, type TasksWorld, tasksWorld } from './tasks-fixture.js';

describeEachDialect('tasks API', (dialect) => {
  let w: TasksWorld;
  beforeEach(async () => {
    w = await tasksWorld(dialect);
  });
  afterEach(() => w.t.close());

  it('creates, reads, updates and completes a task; events reach the person timeline', async () => {
    const now = w.t.clock.now();
    const task = await createTask(w, w.alice, {
      type: 'call',
      dueAt: now + 2 * HOUR,
      priority: 'high',
      related: { personId: w.personId },
      description: 'Ask about the renewal',
    });
    expect(task).toMatchObject({ assigneeId: w.alice.userId, status: 'open', version: 1 });
    const get = await as(w.t, w.alice, { method: 'GET', url: `/api/v1/tasks/${task.id}` });
    expect(get.json()).toMatchObject({ title: 'Call back', type: 'call', related: { personId: w.personId } });

    const patch = await as(w.t, w.alice, {
      method: 'PATCH',
      url: `/api/v1/tasks/${task.id}`,
      headers: { 'if-match': '"1"' },
      payload: { title: 'Call back today' },
    });
    expect(patch.json()).toMatchObject({ title: 'Call back today', version: 2 });
    const stale = await as(w.t, w.alice, {
      method: 'PATCH',
      url: `/api/v1/tasks/${task.id}`,
      headers: { 'if-match': '"1"' },
      payload: { title: 'x' },
    });
    expect(stale.statusCode).toBe(412);
    const unknown = await as(w.t, w.alice, {
      method: 'PATCH',
      url: `/api/v1/tasks/${task.id}`,
      payload: { colour: 'red' },
    });
    expect(unknown.statusCode).toBe(400);

    w.t.clock.advance(MIN);
    const done = await as(w.t, w.alice, { method: 'POST', url: `/api/v1/tasks/${task.id}/complete` });
    expect(done.json()).toMatchObject({ status: 'done', completedAt: w.t.clock.now() });

    const timeline = await as(w.t, w.admin, { method: 'GET', url: `/api/v1/people/${w.personId}/timeline` });
    const types = timeline.json().data.map((e: { type: string }) => e.type);
    expect(types).toEqual(expect.arrayContaining(['task.created', 'task.updated', 'task.completed']));

    const other = await as(w.t, w.alice, {
      method: 'PATCH',
      url: `/api/v1/tasks/${task.id}`,
      payload: { assigneeId: w.bob.userId },
    });
    expect(other.statusCode).toBe(200);
    const events = await w.t.db
      .selectFrom('events')
      .selectAll()
      .where('type', '=', 'task.reassigned')
      .execute();
    expect(events).toHaveLength(1);
    expect(events[0]!.personId).toBe(w.personId);
    const notes = await w.t.db
      .selectFrom('notifications')
      .selectAll()
      .where('userId', '=', w.bob.userId)
      .execute();
    expect(notes.map((n) => n.kind)).toEqual(['task.assigned']);
  });

  it('rejects an unknown assignee or person', async () => {
    const bad = await as(w.t, w.alice, {
      method: 'POST',
      url: '/api/v1/tasks',
      payload: { title: 'x', dueAt: 1, assigneeId: 'usr_nope' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].path).toBe('assigneeId');
    const badPerson = await as(w.t, w.alice, {
      method: 'POST',
      url: '/api/v1/tasks',
      payload: { title: 'x', dueAt: 1, related: { personId: 'per_nope' } },
    });
    expect(badPerson.json().errors[0].path).toBe('related.personId');
    // A deal that does not exist is refused too, not kept as a dead link.
    const badDeal = await as(w.t, w.alice, {
      method: 'POST',
      url: '/api/v1/tasks',
      payload: { title: 'x', dueAt: 1, related: { dealId: 'deal_nope' } },
    });
    expect(badDeal.statusCode).toBe(400);
    expect(badDeal.json().errors[0]).toMatchObject({ path: 'related.dealId', code: 'not_found' });
  });

  it('shows tasks by assignee visibility: own, team, all', async () => {
    const now = w.t.clock.now();
    const a = await createTask(w, w.alice, { dueAt: now + HOUR });
    const b = await createTask(w, w.bob, { dueAt: now + HOUR });
    const m = await createTask(w, w.manny, { dueAt: now + HOUR });
    const ids = async (who: typeof w.alice) =>
      (await as(w.t, who, { method: 'GET', url: '/api/v1/tasks' }))
        .json()
        .data.map((x: { id: string }) => x.id)
        .sort();
    expect(await ids(w.alice)).toEqual([a.id, b.id].sort()); // team
    expect(await ids(w.manny)).toEqual([m.id]); // own
    expect(await ids(w.admin)).toEqual([a.id, b.id, m.id].sort()); // all
    expect((await as(w.t, w.manny, { method: 'GET', url: `/api/v1/tasks/${a.id}` })).statusCode).toBe(404);
    expect(
      (await as(w.t, w.manny, { method: 'POST', url: `/api/v1/tasks/${a.id}/complete` })).statusCode,
    ).toBe(404);

    const filtered = await as(w.t, w.admin, {
      method: 'GET',
      url: `/api/v1/tasks?filter=${encodeURIComponent(JSON.stringify({ field: 'assigneeId', op: 'eq', value: w.bob.userId }))}`,
    });
    expect(filtered.json().data.map((x: { id: string }) => x.id)).toEqual([b.id]);
  });

  it('buckets my day by the time zone: overdue, today, upcoming', async () => {
    // The clock is 2026-01-05 09:00 UTC (11:00 in Riga).
    const at = (h: number, m = 0, day = 5) => Date.UTC(2026, 0, day, h, m);
    const overdue = await createTask(w, w.alice, { dueAt: at(8) });
    const today = await createTask(w, w.alice, { dueAt: at(20) });
    const lateUtc = await createTask(w, w.alice, { dueAt: at(22, 30) }); // 00:30 on the 6th in Riga
    const tomorrow = await createTask(w, w.alice, { dueAt: at(10, 0, 6) });
    await createTask(w, w.alice, { dueAt: at(10, 0, 20) }); // beyond the week
    await createTask(w, w.bob, { dueAt: at(8) }); // someone else's
    const ids = (xs: { id: string }[]) => xs.map((x) => x.id);

    const utc = (await as(w.t, w.alice, { method: 'GET', url: '/api/v1/tasks/my-day' })).json();
    expect(ids(utc.overdue)).toEqual([overdue.id]);
    expect(ids(utc.today)).toEqual([today.id, lateUtc.id]);
    expect(ids(utc.upcoming)).toEqual([tomorrow.id]);
    expect(utc.counts).toEqual({ overdue: 1, today: 2, upcoming: 1 });

    const riga = (
      await as(w.t, w.alice, { method: 'GET', url: '/api/v1/tasks/my-day?timeZone=Europe/Riga' })
    ).json();
    expect(ids(riga.today)).toEqual([today.id]);
    expect(ids(riga.upcoming)).toEqual([lateUtc.id, tomorrow.id]);
    expect(riga.dayStart).toBe(Date.UTC(2026, 0, 4, 22));

    await as(w.t, w.alice, { method: 'POST', url: `/api/v1/tasks/${overdue.id}/complete` });
    const after = (await as(w.t, w.alice, { method: 'GET', url: '/api/v1/tasks/my-day' })).json();
    expect(after.counts.overdue).toBe(0);
    const bad = await as(w.t, w.alice, { method: 'GET', url: '/api/v1/tasks/my-day?timeZone=Mars/Base' });
    expect(bad.statusCode).toBe(400);
  });

  it('logs activities with an activity.logged event on the timeline', async () => {
    const res = await as(w.t, w.alice, {
      method: 'POST',
      url: '/api/v1/activities',
      payload: {
        kind: 'call',
        personId: w.personId,
        outcome: 'reached',
        durationSeconds: 300,
        body: 'Agreed on a demo',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'call',
      durationSeconds: 300,
      attendees: [],
      at: w.t.clock.now(),
    });
    await as(w.t, w.alice, {
      method: 'POST',
      url: '/api/v1/activities',
      payload: { kind: 'note', body: 'n' },
    });
    const list = await as(w.t, w.alice, {
      method: 'GET',
      url: `/api/v1/activities?filter=${encodeURIComponent(JSON.stringify({ field: 'kind', op: 'eq', value: 'call' }))}`,
    });
    expect(list.json().data).toHaveLength(1);
    const timeline = await as(w.t, w.admin, { method: 'GET', url: `/api/v1/people/${w.personId}/timeline` });
    expect(timeline.json().data.map((e: { type: string }) => e.type)).toContain('activity.logged');
    expect(
      (await as(w.t, w.manny, { method: 'GET', url: `/api/v1/activities/${res.json().id}` })).statusCode,
    ).toBe(404);
    // Refs are top-level on an activity, and so are the paths of refused ones; a made-up deal is one.
    for (const [field, value] of [
      ['personId', 'per_nope'],
      ['dealId', 'deal_nope'],
    ] as const) {
      const bad = await as(w.t, w.alice, {
        method: 'POST',
        url: '/api/v1/activities',
        payload: { kind: 'call', [field]: value },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0]).toMatchObject({ path: field, code: 'not_found' });
    }
  });
});
