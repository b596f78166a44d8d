import { afterAll, beforeAll, expect, it } from 'vitest';
import { DAY, HOUR } from '../src/platform/clock.js';
import { as, type Session } from './auth-helpers.js';
import { describeEachDialect, type TestApp } from './context.js';
import { teamPerformance, teamWorld } from './team-performance-fixture.js';

describeEachDialect('team performance', (dialect) => {
  let t: TestApp;
  let admin: Session;
  let u: Record<string, Session>;
  let teamId: string;
  beforeAll(async () => {
    const w = await teamWorld(dialect, {
      managers: ['ann', 'ben', 'lea', 'max'],
      members: ['ann', 'ben', 'lea'],
      lead: 'lea',
    });
    ({ t, admin, u, teamId } = w);
    const { move } = w;
    // ann: won 1000 EUR after 2 days, won 500 EUR after 4 days, lost one; ben: won 3000 EUR after 1 day;
    // max: won 200 USD. Clock starts 2026-01-05 09:00 UTC.
    const deal = async (owner: string, amount: number, currency = 'EUR') => {
      const r = await as(t, admin, {
        method: 'POST',
        url: '/api/v1/deals',
        payload: { title: `D ${owner} ${amount}`, amount, currency, ownerId: u[owner]!.userId },
      });
      expect(r.statusCode, r.body).toBe(201);
      return r.json().id as string;
    };
    const a1 = await deal('ann', 1000);
    const a2 = await deal('ann', 500);
    const a3 = await deal('ann', 700);
    const b1 = await deal('ben', 3000);
    const m1 = await deal('max', 200, 'USD');
    await deal('ben', 9999); // stays open: counts nowhere
    t.clock.advance(DAY);
    await move(b1, 'stg_payment_received');
    await move(a3, 'stg_lost', 'lr_price');
    t.clock.advance(DAY);
    await move(a1, 'stg_payment_received');
    await move(m1, 'stg_delivered');
    t.clock.advance(2 * DAY);
    await move(a2, 'stg_payment_received');
    for (const who of ['ann', 'ann', 'ben']) {
      const r = await as(t, u[who]!, {
        method: 'POST',
        url: '/api/v1/activities',
        payload: { kind: 'note', body: 'n' },
      });
      expect(r.statusCode).toBe(201);
    }
    // One overdue open task for ben.
    const task = await as(t, admin, {
      method: 'POST',
      url: '/api/v1/tasks',
      payload: { title: 'Late', assigneeId: u.ben!.userId, dueAt: t.clock.now() + HOUR },
    });
    expect(task.statusCode).toBe(201);
    t.clock.advance(2 * HOUR);
  });
  afterAll(() => t.close());

  const report = (who: Session, qs?: string) => teamPerformance(t, who, qs);

  it('computes per-manager numbers, team totals and the top earner', async () => {
    const r = await report(admin);
    const by = Object.fromEntries(r.managers.map((m: { name: string }) => [m.name, m]));
    expect(by.ANN).toMatchObject({
      dealsWon: 2,
      dealsLost: 1,
      revenue: { EUR: 1500 },
      conversion: 2 / 3,
      avgCycleDays: 3, // (2 + 4) / 2
      activities: 2,
      overdueTasks: 0,
    });
    expect(by.BEN).toMatchObject({
      dealsWon: 1,
      revenue: { EUR: 3000 },
      conversion: 1,
      avgCycleDays: 1,
      overdueTasks: 1,
      activities: 1,
    });
    expect(by.MAX).toMatchObject({ dealsWon: 1, revenue: { USD: 200 }, avgCycleDays: 2 });
    expect(by.LEA).toMatchObject({ dealsWon: 0, conversion: null, avgCycleDays: null });
    const north = r.teams.find((x: { teamId: string }) => x.teamId === teamId);
    expect(north).toMatchObject({
      dealsWon: 3,
      dealsLost: 1,
      revenue: { EUR: 4500 },
      conversion: 0.75,
      overdueTasks: 1,
    });
    expect(north.avgCycleDays).toBeCloseTo(7 / 3, 1);
    expect(r.topByRevenue).toEqual([
      { currency: 'EUR', userId: u.ben!.userId, name: 'BEN', amount: 3000 },
      { currency: 'USD', userId: u.max!.userId, name: 'MAX', amount: 200 },
    ]);
    // Deals without line items have no cost: revenue, but no profit.
    expect(by.ANN).toMatchObject({ profit: {}, dealsWithCost: 0 });
    expect(r.topByProfit).toEqual([]);
  });

  it('a window excludes deals closed outside it', async () => {
    const r = await report(admin, 'from=2026-01-07&to=2026-01-31');
    const ann = r.managers.find((m: { name: string }) => m.name === 'ANN');
    expect(ann).toMatchObject({ dealsWon: 2, dealsLost: 0 }); // a1 closed on the 7th, a2 on the 9th
    const ben = r.managers.find((m: { name: string }) => m.name === 'BEN');
    expect(ben.dealsWon).toBe(0);
  });

  it('a team lead sees their team; others only themselves', async () => {
    const lead = await report(u.lea!);
    expect(lead.managers.map((m: { name: string }) => m.name).sort()).toEqual(['ANN', 'BEN', 'LEA']);
    const max = await report(u.max!);
    expect(max.managers.map((m: { name: string }) => m.name)).toEqual(['MAX']);
    expect(max.teams).toEqual([]);
    const filtered = await report(admin, `from=2026-01-01&to=2026-01-31&teamId=${teamId}`);
    expect(filtered.managers).toHaveLength(3);
  });
});
