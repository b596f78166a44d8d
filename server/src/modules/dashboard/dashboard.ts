import { DateTime } from 'luxon';
import type { AppContext } from '../../context.js';
import { hasPermission, type Principal } from '../../platform/auth/principal.js';
import { applyVisibility } from '../../platform/auth/visibility.js';
import { DAY } from '../../platform/clock.js';
import { visibleDeals } from '../sales/deals.repository.js';
import type { Dashboard } from './dashboard.types.js';

const MONTHS = 12;

/**
 * The start page's figures, each for what the principal may see and only with the read permission
 * of its module: customers (total, new this and last month in the user's time zone), open and
 * won deals, and the last 12 months of order revenue (from `order_daily_totals`, so a year of
 * millions of orders is a few hundred rows).
 */
export async function dashboard(ctx: AppContext, principal: Principal, timeZone: string): Promise<Dashboard> {
  const now = DateTime.fromMillis(ctx.clock.now(), { zone: timeZone });
  const monthStart = now.startOf('month');
  const lastMonthStart = monthStart.minus({ months: 1 }).toMillis();
  const out: Dashboard = { timeZone };
  if (hasPermission(principal, 'people:read')) {
    const count = (from?: number, to?: number) => countPeople(ctx, principal, from, to);
    out.customers = {
      total: await count(),
      newThisMonth: await count(monthStart.toMillis()),
      newLastMonth: await count(lastMonthStart, monthStart.toMillis()),
    };
  }
  if (hasPermission(principal, 'deals:read')) {
    const byKind = await visibleDeals(ctx.db, principal)
      .clearSelect()
      .innerJoin('pipelineStages', 'pipelineStages.id', 'deals.stageId')
      .select((eb) => [
        'pipelineStages.kind',
        'deals.currency',
        eb.fn.countAll<number>().as('n'),
        eb.fn.sum<number>('deals.amount').as('amount'),
      ])
      .where((eb) =>
        eb.or([
          eb('pipelineStages.kind', '=', 'open'),
          eb.and([eb('pipelineStages.kind', '=', 'won'), eb('deals.closedAt', '>=', monthStart.toMillis())]),
        ]),
      )
      .groupBy(['pipelineStages.kind', 'deals.currency'])
      .execute();
    const of = (kind: string) => byKind.filter((r) => r.kind === kind);
    const money = (kind: string) => of(kind).map((r) => ({ currency: r.currency, amount: Number(r.amount) }));
    const sum = (kind: string) => of(kind).reduce((n, r) => n + Number(r.n), 0);
    out.deals = {
      open: sum('open'),
      openAmount: money('open'),
      wonThisMonth: sum('won'),
      wonAmount: money('won'),
    };
  }
  if (hasPermission(principal, 'orders:read')) out.revenue = await revenueByMonth(ctx, principal);
  return out;
}

/**
 * Visible people created in [from, to): every row minus the merge tombstones. Counting all rows is
 * an index-only count (a few ms per 100,000 on either database) and the tombstones have a partial
 * index of their own, while `merged_into_id is null` would read every row of the table.
 */
async function countPeople(ctx: AppContext, principal: Principal, from?: number, to?: number) {
  const rows = (tombstones: boolean) => {
    let q = applyVisibility(
      ctx.db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')),
      principal,
      'people.ownerId',
    );
    if (tombstones) q = q.where('people.mergedIntoId', 'is not', null);
    if (from !== undefined) q = q.where('people.createdAt', '>=', from);
    if (to !== undefined) q = q.where('people.createdAt', '<', to);
    return q.executeTakeFirstOrThrow().then((r) => Number(r.n));
  };
  return (await rows(false)) - (await rows(true));
}

/** The last 12 calendar months (UTC) of revenue, and this month's by channel, from the daily totals. */
async function revenueByMonth(ctx: AppContext, principal: Principal): Promise<Dashboard['revenue']> {
  const end = DateTime.fromMillis(ctx.clock.now(), { zone: 'UTC' }).startOf('month');
  const first = end.minus({ months: MONTHS - 1 });
  const months = Array.from({ length: MONTHS }, (_, i) => first.plus({ months: i }).toFormat('yyyy-MM'));
  const rows = await applyVisibility(
    ctx.db
      .selectFrom('orderDailyTotals')
      .select((eb) => [
        'day',
        'currency',
        eb.fn.sum<number>('orders').as('orders'),
        eb.fn.sum<number>('revenue').as('revenue'),
      ])
      .where('day', '>=', Math.floor(first.toMillis() / DAY))
      .groupBy(['day', 'currency']),
    principal,
    'orderDailyTotals.ownerId',
  ).execute();
  const byChannel = await applyVisibility(
    ctx.db
      .selectFrom('orderDailyTotals')
      .select((eb) => [
        'channel',
        'currency',
        eb.fn.sum<number>('orders').as('orders'),
        eb.fn.sum<number>('revenue').as('amount'),
      ])
      .where('day', '>=', Math.floor(end.toMillis() / DAY))
      .groupBy(['channel', 'currency']),
    principal,
    'orderDailyTotals.ownerId',
  ).execute();
  const series = new Map<string, { currency: string; amounts: number[]; orders: number[] }>();
  for (const r of rows) {
    const month = DateTime.fromMillis(Number(r.day) * DAY, { zone: 'UTC' }).toFormat('yyyy-MM');
    const i = months.indexOf(month);
    if (i < 0) continue;
    let s = series.get(r.currency);
    if (!s) {
      s = { currency: r.currency, amounts: months.map(() => 0), orders: months.map(() => 0) };
      series.set(r.currency, s);
    }
    s.amounts[i]! += Number(r.revenue);
    s.orders[i]! += Number(r.orders);
  }
  return {
    months,
    series: [...series.values()].sort(
      (a, b) => b.amounts.reduce((x, y) => x + y, 0) - a.amounts.reduce((x, y) => x + y, 0),
    ),
    byChannel: byChannel
      .map((r) => ({
        channel: r.channel,
        currency: r.currency,
        orders: Number(r.orders),
        amount: Number(r.amount),
      }))
      .sort((a, b) => b.amount - a.amount),
  };
}
