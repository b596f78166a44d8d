import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HOUR } from '../src/platform/clock.js';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

describeEachDialect('deals', (dialect) => {
  let t: TestApp;
  let admin: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
  });
  afterAll(() => t.close());

  const api = (opts: InjectOptions, who: Session = admin) => as(t, who, opts);
  const post = (url: string, payload: object, who: Session = admin) =>
    api({ method: 'POST', url, payload }, who);

  it('seeds the default funnel with keys, labels, probabilities and kinds', async () => {
    const { data } = (await api({ url: '/api/v1/pipelines' })).json();
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ id: 'pip_default', isDefault: true });
    expect(data[0].stages.map((s: { key: string }) => s.key)).toEqual([
      'uninterested_lead',
      'interested_lead',
      'active_inquiry',
      'inquiry_sent',
      'agreed_request_invoice',
      'payment_received',
      'delivered',
      'lost',
    ]);
    expect(data[0].stages[5]).toMatchObject({
      kind: 'won',
      probability: 100,
      labels: { ru: 'Оплата получена' },
    });
    const reasons = (await api({ url: '/api/v1/lost-reasons' })).json().data;
    expect(reasons.map((r: { key: string }) => r.key)).toContain('price');
  });

  it('creates, reads, updates (If-Match), lists, exports and deletes a deal', async () => {
    const res = await post('/api/v1/deals', {
      title: 'Forklift order',
      amount: 1_250_000,
      currency: 'EUR',
      expectedCloseDate: '2026-02-15',
    });
    expect(res.statusCode).toBe(201);
    const d = res.json();
    expect(d).toMatchObject({
      pipelineId: 'pip_default',
      stageId: 'stg_uninterested_lead',
      ownerId: admin.userId,
      amount: 1_250_000,
      version: 1,
      stageEnteredAt: t.clock.now(),
    });
    const stale = await api({
      method: 'PATCH',
      url: `/api/v1/deals/${d.id}`,
      headers: { 'if-match': '5' },
      payload: { amount: 1 },
    });
    expect(stale.statusCode).toBe(412);
    const ok = await api({
      method: 'PATCH',
      url: `/api/v1/deals/${d.id}`,
      headers: { 'if-match': '1' },
      payload: { amount: 1_300_000 },
    });
    expect(ok.json()).toMatchObject({ amount: 1_300_000, version: 2 });
    const unknown = await api({
      method: 'PATCH',
      url: `/api/v1/deals/${d.id}`,
      payload: { stageId: 'stg_lost' },
    });
    expect(unknown.statusCode).toBe(400);
    const badDate = await post('/api/v1/deals', { title: 'x', expectedCloseDate: '2026-02-30' });
    expect(badDate.json().errors[0].path).toBe('expectedCloseDate');
    const badPerson = await post('/api/v1/deals', { title: 'x', personId: 'per_nope' });
    expect(badPerson.json().errors[0].path).toBe('personId');

    const filter = encodeURIComponent(JSON.stringify({ field: 'amount', op: 'gte', value: 1_000_000 }));
    const list = (await api({ url: `/api/v1/deals?q=forklift&filter=${filter}&sort=-amount` })).json();
    expect(list.data.map((x: { id: string }) => x.id)).toEqual([d.id]);
    const csv = await api({ url: `/api/v1/deals?format=csv&filter=${filter}` });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[1]).toContain('Forklift order');

    expect((await api({ method: 'DELETE', url: `/api/v1/deals/${d.id}` })).statusCode).toBe(204);
    expect((await api({ url: `/api/v1/deals/${d.id}` })).statusCode).toBe(404);
    const audit = await t.db.selectFrom('auditLog').select('action').where('entityId', '=', d.id).execute();
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  it('keeps custom fields of entity deal', async () => {
    const f = await post('/api/v1/fields', {
      entity: 'deal',
      key: 'channel',
      label: { en: 'Channel' },
      type: 'select',
      options: [{ value: 'web', label: { en: 'Web' } }],
    });
    expect(f.statusCode).toBe(201);
    const d = (await post('/api/v1/deals', { title: 'Custom', custom: { channel: 'web' } })).json();
    expect(d.custom).toEqual({ channel: 'web' });
    const bad = await post('/api/v1/deals', { title: 'Custom', custom: { channel: 'fax' } });
    expect(bad.json().errors[0].path).toBe('custom.channel');
    const filter = encodeURIComponent(JSON.stringify({ field: 'custom.channel', op: 'eq', value: 'web' }));
    expect(
      (await api({ url: `/api/v1/deals?filter=${filter}` })).json().data.map((x: { id: string }) => x.id),
    ).toEqual([d.id]);
  });

  it('shows a manager only the deals they own', async () => {
    await createUser(t, admin, { email: 'mia@example.com', role: 'manager' });
    const mia = await login(t, 'mia@example.com', 'password-123');
    const mine = (await post('/api/v1/deals', { title: 'Mia deal' }, mia)).json();
    const other = (await post('/api/v1/deals', { title: 'Admin deal' })).json();
    const seen = (await api({ url: '/api/v1/deals?limit=500' }, mia))
      .json()
      .data.map((x: { id: string }) => x.id);
    expect(seen).toEqual([mine.id]);
    expect((await api({ url: `/api/v1/deals/${other.id}` }, mia)).statusCode).toBe(404);
    const move = await post(`/api/v1/deals/${other.id}/move`, { stageId: 'stg_interested_lead' }, mia);
    expect(move.statusCode).toBe(404);
    const board = (await api({ url: '/api/v1/deals/board' }, mia)).json();
    expect(board.columns.flatMap((c: { deals: { id: string }[] }) => c.deals.map((x) => x.id))).toEqual([
      mine.id,
    ]);
    expect(
      (
        await post(
          '/api/v1/pipelines',
          { name: 'X', stages: [{ name: 'a', probability: 1, kind: 'open' }] },
          mia,
        )
      ).statusCode,
    ).toBe(403);

    // An agent (scope team) sees the deals of their team's members, and may not export them.
    const team = (await post('/api/v1/teams', { name: 'Riga', memberIds: [mia.userId] })).json();
    await createUser(t, admin, { email: 'ag@example.com', role: 'agent', teamIds: [team.id] });
    const agent = await login(t, 'ag@example.com', 'password-123');
    const agentSees = (await api({ url: '/api/v1/deals?limit=500' }, agent)).json().data;
    expect(agentSees.map((x: { id: string }) => x.id)).toEqual([mine.id]);
    expect((await api({ url: '/api/v1/deals?format=csv' }, agent)).statusCode).toBe(403);
  });

  it('refuses a stage of another pipeline (400 stageId) and a lost stage without a reason (400 lostReasonId)', async () => {
    const p2 = await post('/api/v1/pipelines', {
      name: 'Partners',
      stages: [
        { name: 'Talk', probability: 20, kind: 'open' },
        { name: 'Signed', probability: 100, kind: 'won' },
      ],
    });
    expect(p2.statusCode).toBe(201);
    const otherStage = p2.json().stages[0].id;
    const d = (await post('/api/v1/deals', { title: 'Cross' })).json();
    const cross = await post(`/api/v1/deals/${d.id}/move`, { stageId: otherStage });
    expect(cross.statusCode).toBe(400);
    expect(cross.json().errors[0].path).toBe('stageId');
    const noReason = await post(`/api/v1/deals/${d.id}/move`, { stageId: 'stg_lost' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().errors[0].path).toBe('lostReasonId');
    const archived = await api({
      method: 'PATCH',
      url: '/api/v1/lost-reasons/lr_not_a_fit',
      payload: { archived: true },
    });
    expect(archived.json()).toMatchObject({ archived: true });
    const stale = await post(`/api/v1/deals/${d.id}/move`, {
      stageId: 'stg_lost',
      lostReasonId: 'lr_not_a_fit',
    });
    expect(stale.json().errors[0].path).toBe('lostReasonId');
    const reasonOnOpen = await post(`/api/v1/deals/${d.id}/move`, {
      stageId: 'stg_inquiry_sent',
      lostReasonId: 'lr_price',
    });
    expect(reasonOnOpen.json().errors[0].path).toBe('lostReasonId');
    const lost = await post(`/api/v1/deals/${d.id}/move`, { stageId: 'stg_lost', lostReasonId: 'lr_price' });
    expect(lost.json()).toMatchObject({
      stageId: 'stg_lost',
      lostReasonId: 'lr_price',
      closedAt: t.clock.now(),
    });
    const reopened = await post(`/api/v1/deals/${d.id}/move`, { stageId: 'stg_active_inquiry' });
    expect(reopened.json()).toMatchObject({ lostReasonId: null, closedAt: null });
  });

  it('records stage history with the clock and puts deal events on the person timeline', async () => {
    const person = (await post('/api/v1/people', { firstName: 'Ilze', lastName: 'Ozola' })).json();
    const t0 = t.clock.now();
    const d = (
      await post('/api/v1/deals', {
        title: 'Hotel chairs',
        amount: 90_000,
        currency: 'EUR',
        personId: person.id,
      })
    ).json();
    t.clock.advance(2 * HOUR);
    await post(`/api/v1/deals/${d.id}/move`, { stageId: 'stg_active_inquiry' });
    t.clock.advance(3 * HOUR);
    const won = await post(`/api/v1/deals/${d.id}/move`, { stageId: 'stg_payment_received' });
    expect(won.json()).toMatchObject({ stageId: 'stg_payment_received', closedAt: t0 + 5 * HOUR });
    const history = (await api({ url: `/api/v1/deals/${d.id}/history` })).json().data;
    expect(
      history.map((h: { fromStageId: string; toStageId: string; at: number; by: string }) => [
        h.fromStageId,
        h.toStageId,
        h.at,
        h.by,
      ]),
    ).toEqual([
      [null, 'stg_uninterested_lead', t0, admin.userId],
      ['stg_uninterested_lead', 'stg_active_inquiry', t0 + 2 * HOUR, admin.userId],
      ['stg_active_inquiry', 'stg_payment_received', t0 + 5 * HOUR, admin.userId],
    ]);
    const timeline = (await api({ url: `/api/v1/people/${person.id}/timeline` })).json().data;
    const deals = timeline.filter((i: { type: string }) => i.type.startsWith('deal.'));
    expect(deals.map((i: { type: string }) => i.type)).toEqual([
      'deal.won',
      'deal.stage_changed',
      'deal.stage_changed',
      'deal.created',
    ]);
    expect(deals[1].payload).toMatchObject({ from: 'stg_active_inquiry', to: 'stg_payment_received' });

    t.clock.advance(HOUR);
    const delivered = (await post(`/api/v1/deals/${d.id}/move`, { stageId: 'stg_delivered' })).json();
    expect(delivered.closedAt).toBe(t0 + 5 * HOUR); // still closed when it was won
    const after = (await api({ url: `/api/v1/people/${person.id}/timeline?kind=deal` })).json().data;
    expect(after.map((i: { type: string }) => i.type).slice(0, 2)).toEqual([
      'deal.stage_changed',
      'deal.won',
    ]);
  });

  it('reorders within a column and edits pipeline stages', async () => {
    const p = (
      await post('/api/v1/pipelines', {
        name: 'Order test',
        stages: [
          { name: 'A', probability: 10, kind: 'open' },
          { name: 'B', probability: 50, kind: 'open' },
        ],
      })
    ).json();
    const [a, b] = p.stages;
    const ids = [];
    for (const title of ['one', 'two', 'three'])
      ids.push((await post('/api/v1/deals', { title, pipelineId: p.id })).json().id);
    await post(`/api/v1/deals/${ids[2]}/move`, { stageId: a.id, position: 0 });
    const board = (await api({ url: `/api/v1/deals/board?pipelineId=${p.id}` })).json();
    expect(board.columns[0].deals.map((x: { id: string }) => x.id)).toEqual([ids[2], ids[0], ids[1]]);
    const re = await post(`/api/v1/pipelines/${p.id}/stages/reorder`, { stageIds: [b.id, a.id] });
    expect(re.json().stages.map((s: { id: string }) => s.id)).toEqual([b.id, a.id]);
    const drop = await api({
      method: 'PATCH',
      url: `/api/v1/pipelines/${p.id}`,
      payload: { stages: [{ id: b.id, name: 'B', probability: 50, kind: 'open' }] },
    });
    expect(drop.statusCode).toBe(409);
  });
});
