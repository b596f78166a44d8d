import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fromJson } from '../src/db/json.js';
import { PAUSE_AFTER_FAILURES } from '../src/modules/automation/rule-failures.js';
import { WEBHOOK_JOB } from '../src/modules/automation/webhook.job.js';
import { DAY, HOUR } from '../src/platform/clock.js';
import { createUser, login, type Session } from './auth-helpers.js';
import { api, createDeal, createRule, disableExamples, drain } from './automation-fixture.js';
import { describeEachDialect } from './context.js';
import { notificationsOf, type TasksWorld, tasksWorld } from './tasks-fixture.js';

const paramsOf = (n: { params: unknown }) => fromJson<Record<string, unknown>>(n.params);

/** add_tag on a deal always fails (deals have no tags): a rule that breaks on every new deal. */
const BROKEN = {
  trigger: { kind: 'record_created', entity: 'deal' },
  actions: [{ kind: 'add_tag', tag: 'hot' }],
};

describeEachDialect('automation rule failures', (dialect) => {
  let w: TasksWorld;
  /** A second admin: the creator of the rules below. */
  let rita: Session;
  beforeAll(async () => {
    w = await tasksWorld(dialect);
    await disableExamples(w);
    await createUser(w.t, w.admin, { email: 'rita@example.com', role: 'admin', name: 'Rita' });
    rita = await login(w.t, 'rita@example.com', 'password-123');
  });
  afterAll(() => w.t.close());

  const newDeals = async (n: number) => {
    for (let i = 0; i < n; i++) await createDeal(w, { title: `Deal ${i}`, amount: 100 });
  };
  const ruleView = async (id: string) => {
    const list = (await api(w, { url: '/api/v1/automation/rules' })).json().data as {
      id: string;
      enabled: boolean;
      createdBy: string | null;
      health: Record<string, unknown>;
    }[];
    return list.find((r) => r.id === id)!;
  };
  const failureNotes = async (userId: string) =>
    (await notificationsOf(w, userId)).filter(
      (n) => n.kind.startsWith('automation.') && n.kind !== 'automation.message',
    );

  it('tells the creator once while unread, again after reading; the list shows the failures', async () => {
    const created = await api(
      w,
      { method: 'POST', url: '/api/v1/automation/rules', payload: { name: 'Tag new deals', ...BROKEN } },
      rita,
    );
    expect(created.statusCode, created.body).toBe(201);
    const ruleId = created.json().id as string;
    expect(created.json().createdBy).toBe(rita.userId);

    await newDeals(2);
    await drain(w);
    let notes = await failureNotes(rita.userId);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      kind: 'automation.failed',
      titleKey: 'notifications.automation.failed',
      link: `/settings/automation?rule=${ruleId}`,
      readAt: null,
    });
    expect(paramsOf(notes[0]!)).toMatchObject({ rule: 'Tag new deals', ruleId, count: 2 });
    expect(paramsOf(notes[0]!).error).toBe('deal has no tags');
    // Only the creator: the other admin hears nothing while Rita can fix it.
    expect(await failureNotes(w.admin.userId)).toHaveLength(0);
    // One e-mail, for the new notification only (not for the second failure it absorbed).
    const mails = await w.t.db
      .selectFrom('mailOutbox')
      .selectAll()
      .where('idempotencyKey', '=', `notification:${notes[0]!.id}`)
      .execute();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toBe('rita@example.com');

    let view = await ruleView(ruleId);
    expect(view.health).toEqual({
      failedLast7Days: 2,
      failureStreak: 2,
      lastError: 'deal has no tags',
      lastFailedAt: w.t.clock.now(),
      pausedAt: null,
    });
    const single = await api(w, { url: `/api/v1/automation/rules/${ruleId}` });
    expect(single.json().health.failureStreak).toBe(2);

    // Read: the next failure is news again.
    const read = await api(w, { method: 'POST', url: `/api/v1/notifications/${notes[0]!.id}/read` }, rita);
    expect(read.statusCode).toBe(200);
    w.t.clock.advance(8 * DAY);
    await newDeals(1);
    await drain(w);
    notes = await failureNotes(rita.userId);
    expect(notes).toHaveLength(2);
    expect(notes.filter((n) => n.readAt == null)).toHaveLength(1);
    // The two failures of 8 days ago left the 7-day window; the streak goes on.
    view = await ruleView(ruleId);
    expect(view.health).toMatchObject({ failedLast7Days: 1, failureStreak: 3 });

    // Fixed: a successful run ends the streak, the last error stays for the record.
    const fixed = await api(
      w,
      {
        method: 'PUT',
        url: `/api/v1/automation/rules/${ruleId}`,
        payload: {
          name: 'Tag new deals',
          trigger: BROKEN.trigger,
          actions: [{ kind: 'update_field', field: 'title', value: 'Tagged' }],
        },
      },
      rita,
    );
    expect(fixed.statusCode, fixed.body).toBe(200);
    await newDeals(1);
    await drain(w);
    view = await ruleView(ruleId);
    expect(view.health).toMatchObject({
      failedLast7Days: 1,
      failureStreak: 0,
      lastError: 'deal has no tags',
    });
    expect(await failureNotes(rita.userId)).toHaveLength(2);
    await api(w, { method: 'DELETE', url: `/api/v1/automation/rules/${ruleId}` });
  });

  it('tells the admins when the creator is no longer active', async () => {
    const created = await api(
      w,
      { method: 'POST', url: '/api/v1/automation/rules', payload: { name: 'Orphan', ...BROKEN } },
      rita,
    );
    const ruleId = created.json().id as string;
    const off = await api(w, {
      method: 'PATCH',
      url: `/api/v1/users/${rita.userId}`,
      payload: { active: false },
    });
    expect(off.statusCode, off.body).toBe(200);
    const ritaBefore = (await failureNotes(rita.userId)).length;
    await newDeals(1);
    await drain(w);
    const notes = await failureNotes(w.admin.userId);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.link).toBe(`/settings/automation?rule=${ruleId}`);
    expect(await failureNotes(rita.userId)).toHaveLength(ritaBefore);
    // Users without the automation permission are never told.
    for (const who of [w.alice, w.lead, w.manny]) expect(await failureNotes(who.userId)).toHaveLength(0);
    await api(w, { method: 'DELETE', url: `/api/v1/automation/rules/${ruleId}` });
  });

  it(`switches a rule off after ${PAUSE_AFTER_FAILURES} failures in a row and says so`, async () => {
    const ruleId = await createRule(w, { name: 'Always broken', ...BROKEN });
    const before = (await failureNotes(w.admin.userId)).length;
    // One batch: the deals after the pausing failure find the rule off and do not run it.
    await newDeals(PAUSE_AFTER_FAILURES + 3);
    await drain(w);
    const runs = await w.t.db.selectFrom('ruleRuns').select('status').where('ruleId', '=', ruleId).execute();
    expect(runs).toHaveLength(PAUSE_AFTER_FAILURES);
    expect(runs.every((r) => r.status === 'failed')).toBe(true);
    const view = await ruleView(ruleId);
    expect(view.enabled).toBe(false);
    expect(view.health).toMatchObject({
      failedLast7Days: PAUSE_AFTER_FAILURES,
      failureStreak: PAUSE_AFTER_FAILURES,
      pausedAt: w.t.clock.now(),
    });
    // Still one notification for the rule, now saying it was switched off.
    const notes = (await failureNotes(w.admin.userId)).slice(before);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({
      kind: 'automation.paused',
      titleKey: 'notifications.automation.paused',
    });
    expect(paramsOf(notes[0]!)).toMatchObject({ count: PAUSE_AFTER_FAILURES });
    const audit = await w.t.db.selectFrom('auditLog').selectAll().where('entityId', '=', ruleId).execute();
    expect(audit.filter((a) => a.action === 'pause')).toMatchObject([
      { actorType: 'system', actorId: 'automation' },
    ]);

    // Switched back on: a fresh start.
    const on = await api(w, {
      method: 'PATCH',
      url: `/api/v1/automation/rules/${ruleId}`,
      payload: { enabled: true },
    });
    expect(on.statusCode).toBe(200);
    expect(on.json()).toMatchObject({ enabled: true, health: { failureStreak: 0, pausedAt: null } });
    await api(w, { method: 'DELETE', url: `/api/v1/automation/rules/${ruleId}` });
  });

  it('a webhook that fails for good fails its run and notifies, retries before that do not', async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
    const { port } = closed.address() as AddressInfo;
    await new Promise((r) => closed.close(r)); // nothing listens there any more
    const ruleId = await createRule(w, {
      name: 'Post new deals',
      trigger: { kind: 'record_created', entity: 'deal' },
      actions: [{ kind: 'call_webhook', url: `http://127.0.0.1:${port}/hook`, method: 'POST' }],
    });
    await newDeals(1);
    await drain(w);
    const run = () =>
      w.t.db.selectFrom('ruleRuns').selectAll().where('ruleId', '=', ruleId).executeTakeFirstOrThrow();
    const job = () =>
      w.t.db.selectFrom('jobs').selectAll().where('type', '=', WEBHOOK_JOB).executeTakeFirstOrThrow();
    const notes = async () =>
      (await failureNotes(w.admin.userId)).filter((n) => n.link === `/settings/automation?rule=${ruleId}`);
    expect((await run()).status).toBe('done'); // the job is queued; the call comes later
    const { maxAttempts } = await job();
    for (let attempt = 1; attempt < maxAttempts; attempt++) {
      await w.runner.tick();
      expect((await job()).status).toBe('queued');
      expect((await run()).status).toBe('done');
      w.t.clock.advance(HOUR);
    }
    expect(await notes()).toHaveLength(0);
    await w.runner.tick();
    expect((await job()).status).toBe('dead');
    expect(await run()).toMatchObject({
      status: 'failed',
      error: expect.stringMatching(/unreachable: ECONNREFUSED/),
    });
    const [note, ...more] = await notes();
    expect(more).toHaveLength(0);
    expect(paramsOf(note!)).toMatchObject({ rule: 'Post new deals', count: 1 });
    expect((await ruleView(ruleId)).health).toMatchObject({ failedLast7Days: 1, failureStreak: 1 });
  });
});
