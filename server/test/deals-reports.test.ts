import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HOUR } from '../src/platform/clock.js';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, describeEachDialect, type TestApp } from './context.js';

type Row = {
  month: string;
  ownerId: string;
  currency: string;
  count: number;
  amount: number;
  weighted: number;
};

describeEachDialect('deal board, forecast and funnel', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let mia: Session;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    admin = await setupAdmin(t);
    await createUser(t, admin, { email: 'mia@example.com', role: 'manager' });
    mia = await login(t, 'mia@example.com', 'password-123');
    const deal = async (
      title: string,
      amount: number,
      currency: string,
      stage: string,
      close: string | null,
      who = admin,
    ) => {
      const extra = stage === 'lost' ? { lostReasonId: 'lr_price' } : {};
      const res = await as(t, who, {
        method: 'POST',
        url: '/api/v1/deals',
        payload: { title, amount, currency, stageId: `stg_${stage}`, expectedCloseDate: close, ...extra },
      });
      if (res.statusCode !== 201) throw new Error(res.body);
    };
    await deal('d1', 10_000, 'EUR', 'active_inquiry', '2026-02-10'); // 25% → 2500
    await deal('d2', 3_333, 'EUR', 'inquiry_sent', '2026-02-20'); // 40% → 1333.2
    await deal('d3', 20_000, 'EUR', 'agreed_request_invoice', '2026-02-05', mia); // 75% → 15000
    await deal('d4', 5_000, 'USD', 'uninterested_lead', '2026-03-01'); // 5% → 250
    await deal('d5', 7_000, 'EUR', 'lost', '2026-03-15'); // lost: left out
    await deal('d6', 8_000, 'EUR', 'payment_received', '2026-03-31'); // won 100% → 8000
    await deal('d7', 1_000, 'EUR', 'uninterested_lead', null); // no close date: left out, counted as undated
    await deal('d8', 2_000, 'EUR', 'lost', null); // lost without a date: not counted
  });
  afterAll(() => t.close());

  const get = (url: string, who: Session = admin) =>
    as(t, who, { url } as InjectOptions).then((r) => r.json());
  const post = (url: string, payload: object) => as(t, admin, { method: 'POST', url, payload });

  it('board: columns in stage order with count and totals per currency', async () => {
    const board = await get('/api/v1/deals/board?pipelineId=pip_default');
    const col = (key: string) => board.columns.find((c: { stage: { key: string } }) => c.stage.key === key);
    expect(board.columns).toHaveLength(8);
    expect(col('uninterested_lead')).toMatchObject({
      count: 2,
      totals: [
        { currency: 'EUR', amount: 1_000 },
        { currency: 'USD', amount: 5_000 },
      ],
    });
    expect(col('active_inquiry')).toMatchObject({ count: 1, totals: [{ currency: 'EUR', amount: 10_000 }] });
    expect(col('agreed_request_invoice').count).toBe(1);
    expect(col('delivered')).toMatchObject({ count: 0, totals: [], deals: [] });
    const miaBoard = await get('/api/v1/deals/board', mia);
    expect(miaBoard.columns.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBe(1);
  });

  it('forecast: amount × probability by month, owner and currency', async () => {
    const { rows } = await get('/api/v1/deals/forecast?pipelineId=pip_default&from=2026-02-01&to=2026-03-31');
    const find = (month: string, ownerId: string, currency: string) =>
      (rows as Row[]).find((r) => r.month === month && r.ownerId === ownerId && r.currency === currency);
    expect(rows).toHaveLength(4);
    expect((await get('/api/v1/deals/forecast')).undated).toBe(1);
    expect((await get('/api/v1/deals/forecast', mia)).undated).toBe(0);
    expect(find('2026-02', admin.userId, 'EUR')).toMatchObject({ count: 2, amount: 13_333, weighted: 3_833 });
    expect(find('2026-02', mia.userId, 'EUR')).toMatchObject({ count: 1, amount: 20_000, weighted: 15_000 });
    expect(find('2026-03', admin.userId, 'EUR')).toMatchObject({ count: 1, amount: 8_000, weighted: 8_000 });
    expect(find('2026-03', admin.userId, 'USD')).toMatchObject({ count: 1, amount: 5_000, weighted: 250 });
    const feb = await get('/api/v1/deals/forecast?from=2026-02-01&to=2026-02-28');
    expect(feb.rows.map((r: Row) => r.month)).toEqual(['2026-02', '2026-02']);
    const miaRows = (await get('/api/v1/deals/forecast', mia)).rows;
    expect(miaRows).toEqual([
      { month: '2026-02', ownerId: mia.userId, currency: 'EUR', count: 1, amount: 20_000, weighted: 15_000 },
    ]);
  });

  it('funnel: entries, conversion to a later stage and median time in stage', async () => {
    const p = (
      await post('/api/v1/pipelines', {
        name: 'Funnel',
        stages: [
          { name: 'S1', probability: 10, kind: 'open' },
          { name: 'S2', probability: 50, kind: 'open' },
          { name: 'Won', probability: 100, kind: 'won' },
          { name: 'Lost', probability: 0, kind: 'lost' },
        ],
      })
    ).json();
    const [s1, s2, won, lost] = p.stages.map((s: { id: string }) => s.id);
    const ids: string[] = [];
    for (const title of ['e1', 'e2', 'e3'])
      ids.push((await post('/api/v1/deals', { title, pipelineId: p.id })).json().id);
    const [e1, e2, e3] = ids;
    const move = (id: string, stageId: string, extra = {}) =>
      post(`/api/v1/deals/${id}/move`, { stageId, ...extra });
    t.clock.advance(HOUR); // +1h
    await move(e1!, s2);
    t.clock.advance(2 * HOUR); // +3h
    await move(e2!, s2);
    t.clock.advance(HOUR); // +4h
    await move(e1!, won);
    t.clock.advance(2 * HOUR); // +6h
    await move(e3!, lost, { lostReasonId: 'lr_no_budget' });
    t.clock.advance(4 * HOUR); // +10h
    await move(e2!, won);

    // S1: e1, e2, e3 entered; e1 and e2 went on (e3 was lost) → 2/3; stays 1h, 3h, 6h → median 3h.
    // S2: e1 (+1h → +4h = 3h), e2 (+3h → +10h = 7h): both won → 1; median 5h.
    const day = new Date(t.clock.now()).toISOString().slice(0, 10);
    const f = await get(`/api/v1/deals/funnel?pipelineId=${p.id}&from=${day}&to=${day}`);
    expect(f.stages).toEqual([
      { stageId: s1, entered: 3, advanced: 2, conversion: 2 / 3, medianMs: 3 * HOUR },
      { stageId: s2, entered: 2, advanced: 2, conversion: 1, medianMs: 5 * HOUR },
      { stageId: won, entered: 2, advanced: 0, conversion: null, medianMs: null },
      { stageId: lost, entered: 1, advanced: 0, conversion: null, medianMs: null },
    ]);
    const later = await get(`/api/v1/deals/funnel?pipelineId=${p.id}&from=2099-01-01`);
    expect(later.stages.map((s: { entered: number }) => s.entered)).toEqual([0, 0, 0, 0]);
    const miaView = await get(`/api/v1/deals/funnel?pipelineId=${p.id}`, mia);
    expect(miaView.stages.map((s: { entered: number }) => s.entered)).toEqual([0, 0, 0, 0]);
    const lostEvent = await t.db
      .selectFrom('events')
      .select('payload')
      .where('type', '=', 'deal.lost')
      .where('entityId', '=', e3!)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(lostEvent.payload)).toContain('lr_no_budget');
  });
});
