import { afterAll, beforeAll, expect, it } from 'vitest';
import { DAY } from '../src/platform/clock.js';
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
import { type TasksWorld, tasksWorld } from './tasks-fixture.js';

describeEachDialect('automation rules', (dialect) => {
  let w: TasksWorld;
  beforeAll(async () => {
    w = await tasksWorld(dialect);
  });
  afterAll(() => w.t.close());

  it('ships two enabled examples that work end-to-end through the API', async () => {
    const rules = (await api(w, { url: '/api/v1/automation/rules' })).json().data;
    expect(
      rules
        .filter((r: { enabled: boolean }) => r.enabled)
        .map((r: { id: string }) => r.id)
        .sort(),
    ).toEqual(['rul_inquiry_follow_up', 'rul_vip_call']);
    const deal = await createDeal(w, { title: 'Crane', amount: 1000, ownerId: w.alice.userId });
    const moved = await api(w, {
      method: 'POST',
      url: `/api/v1/deals/${deal.id}/move`,
      payload: { stageId: 'stg_inquiry_sent' },
    });
    expect(moved.statusCode, moved.body).toBe(200);
    const movedAt = w.t.clock.now();
    w.t.clock.advance(60_000); // the consumer runs later: due dates still count from its own clock
    await drain(w);
    const [follow, ...more] = await tasksTitled(w, 'Follow up');
    expect(more).toHaveLength(0);
    expect(follow).toMatchObject({ assigneeId: w.alice.userId, dealId: deal.id, status: 'open' });
    expect(Number(follow!.dueAt)).toBe(movedAt + 60_000 + 2 * DAY);

    const p = await createPerson(w, { firstName: 'Vera', ownerId: w.bob.userId, tags: ['lead'] });
    await drain(w);
    expect(await tasksTitled(w, 'Call personally')).toHaveLength(0);
    const tagged = await api(w, {
      method: 'PATCH',
      url: `/api/v1/people/${p.id}`,
      payload: { tags: ['lead', 'VIP'] },
    });
    expect(tagged.statusCode, tagged.body).toBe(200);
    await drain(w);
    const calls = await tasksTitled(w, 'Call personally');
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ assigneeId: w.bob.userId, personId: p.id, type: 'call' });
    // Another change while VIP stays does not fire again.
    await api(w, { method: 'PATCH', url: `/api/v1/people/${p.id}`, payload: { lastName: 'Ozola' } });
    await drain(w);
    expect(await tasksTitled(w, 'Call personally')).toHaveLength(1);

    const runs = (await api(w, { url: '/api/v1/automation/rules/rul_vip_call/runs' })).json().data;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'done', entityType: 'person', entityId: p.id });
  });

  it('a redelivered event runs no rule twice', async () => {
    await disableExamples(w);
    await createRule(w, {
      trigger: { kind: 'record_created', entity: 'company' },
      actions: [
        {
          kind: 'create_task',
          title: 'Qualify company',
          dueIn: { amount: 1, unit: 'day' },
          assignTo: 'owner',
        },
      ],
    });
    const c = await api(w, {
      method: 'POST',
      url: '/api/v1/companies',
      payload: { name: 'Acme', ownerId: w.bob.userId },
    });
    expect(c.statusCode, c.body).toBe(201);
    await drain(w);
    expect(await tasksTitled(w, 'Qualify company')).toHaveLength(1);
    // Rewind the checkpoint: the same events arrive again.
    await w.t.db
      .updateTable('eventConsumers')
      .set({ position: 0 })
      .where('name', '=', 'automation')
      .execute();
    await drain(w);
    const tasks = await tasksTitled(w, 'Qualify company');
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.assigneeId).toBe(w.bob.userId);
    expect(await tasksTitled(w, 'Follow up')).toHaveLength(1);
  });

  it('a condition filters out records that do not match', async () => {
    await createRule(w, {
      trigger: { kind: 'record_created', entity: 'deal' },
      condition: { field: 'amount', op: 'gte', value: 5000 },
      actions: [
        { kind: 'add_tag', tag: 'never' },
        { kind: 'notify_user', to: 'owner', message: 'Big deal!' },
      ],
    });
    const small = await createDeal(w, { title: 'Small', amount: 100, ownerId: w.alice.userId });
    const big = await createDeal(w, { title: 'Big', amount: 9000, ownerId: w.alice.userId });
    await drain(w);
    const notes = await w.t.db
      .selectFrom('notifications')
      .selectAll()
      .where('kind', '=', 'automation.message')
      .where('userId', '=', w.alice.userId)
      .execute();
    // add_tag fails on a deal (no tags): the whole rule rolls back and records the error.
    expect(notes).toHaveLength(0);
    const runs = await w.t.db
      .selectFrom('ruleRuns')
      .selectAll()
      .where('entityId', 'in', [small.id, big.id])
      .execute();
    const byId = Object.fromEntries(runs.map((r) => [r.entityId, r]));
    expect(byId[small.id]!.status).toBe('skipped');
    expect(byId[big.id]!.status).toBe('failed');
    expect(byId[big.id]!.error).toMatch(/no tags/);
  });

  it('rejects bad rules: unknown fields, non-http webhooks, bad conditions, non-admins', async () => {
    const bad = async (payload: object, who = w.admin) =>
      (
        await api(
          w,
          { method: 'POST', url: '/api/v1/automation/rules', payload: { name: 'x', ...payload } },
          who,
        )
      ).statusCode;
    const trigger = { kind: 'record_created', entity: 'person' };
    const note = { kind: 'notify_user', to: 'owner', message: 'hi' };
    expect(await bad({ trigger, actions: [note], extra: 1 })).toBe(400);
    expect(await bad({ trigger, actions: [{ kind: 'call_webhook', url: 'ftp://x.example/h' }] })).toBe(400);
    expect(await bad({ trigger, actions: [note], condition: { field: 'nope', op: 'eq', value: 1 } })).toBe(
      400,
    );
    expect(await bad({ trigger, actions: [note] }, w.manny)).toBe(403);
  });
});
