import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import { DAY } from '../../platform/clock.js';
import type { EventConsumer } from '../../platform/events/run-consumer-batch.js';

/** Statuses whose orders are not revenue. */
export const NOT_REVENUE = ['cancelled', 'returned'];

/**
 * Keeps `order_daily_totals` in step with the orders: every order event names a day whose totals
 * are then recomputed from the orders of that day (an index range of `orders_ordered`). A
 * recompute, not an increment, so any write path that emits an order event (API, import, a status
 * change, an import that rewrites an order's lines) is counted right, and a replay changes nothing.
 */
export const orderDailyTotalsConsumer: EventConsumer = {
  name: 'orders.daily_totals',
  batchSize: 500,
  transactional: true,
  async handle(events, trx) {
    const db = trx!;
    const days = new Set<number>();
    const missing: string[] = [];
    for (const e of events) {
      if (e.entityType !== 'order' || !e.type.startsWith('order.')) continue;
      const at = (fromJson(e.payload) as { orderedAt?: unknown } | null)?.orderedAt;
      if (typeof at === 'number') days.add(Math.floor(at / DAY));
      else missing.push(e.entityId);
    }
    for (let i = 0; i < missing.length; i += 500) {
      const rows = await db
        .selectFrom('orders')
        .select('orderedAt')
        .where('id', 'in', missing.slice(i, i + 500))
        .execute();
      for (const r of rows) days.add(Math.floor(Number(r.orderedAt) / DAY));
    }
    for (const day of days) await recomputeDay(db, day);
  },
};

/** Replaces one day's rows with the sums of that day's revenue orders. */
export async function recomputeDay(db: Executor, day: number): Promise<void> {
  await db.deleteFrom('orderDailyTotals').where('day', '=', day).execute();
  const rows = await db
    .selectFrom('orders')
    .select((eb) => [
      'currency',
      sql<string>`coalesce(owner_id, '')`.as('ownerId'),
      sql<string>`coalesce(channel, '')`.as('channel'),
      eb.fn.countAll<number>().as('orders'),
      eb.fn.sum<number>('total').as('revenue'),
    ])
    .where('orderedAt', '>=', day * DAY)
    .where('orderedAt', '<', (day + 1) * DAY)
    .where('status', 'not in', NOT_REVENUE)
    .groupBy(['currency', sql`coalesce(owner_id, '')`, sql`coalesce(channel, '')`])
    .execute();
  if (rows.length)
    await db
      .insertInto('orderDailyTotals')
      .values(
        rows.map((r) => ({
          day,
          currency: r.currency,
          ownerId: r.ownerId,
          channel: r.channel,
          orders: Number(r.orders),
          revenue: Number(r.revenue),
        })),
      )
      .execute();
}
