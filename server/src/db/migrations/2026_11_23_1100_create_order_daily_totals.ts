import { type Kysely, sql } from 'kysely';

/**
 * Revenue per UTC day, currency, order owner and channel (orders neither cancelled nor returned): what
 * dashboards chart over months without summing millions of order rows per request. Kept by the
 * `orders.daily_totals` event consumer; filled here from the orders already stored.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('order_daily_totals')
    // Days since 1970-01-01 (UTC): integer division of orderedAt, the same on both databases.
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    // '' for orders without an owner, so the key has no NULL in it.
    .addColumn('owner_id', 'text', (c) => c.notNull())
    // online | store | pos | phone, '' when the order names none.
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('orders', 'integer', (c) => c.notNull())
    .addColumn('revenue', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('order_daily_totals_pk', ['day', 'currency', 'owner_id', 'channel'])
    .execute();
  await sql`
    insert into order_daily_totals (day, currency, owner_id, channel, orders, revenue)
    select ordered_at / 86400000, currency, coalesce(owner_id, ''), coalesce(channel, ''), count(*), sum(total)
    from orders where status not in ('cancelled', 'returned')
    group by ordered_at / 86400000, currency, coalesce(owner_id, ''), coalesce(channel, '')`.execute(db);
  // The fill above covers every order so far: the consumer starts after the last event, not at 0.
  const max = await sql<{ m: string | number | null }>`select max(seq) as m from events`.execute(db);
  await db
    .insertInto('event_consumers')
    .values({ name: 'orders.daily_totals', position: Number(max.rows[0]?.m ?? 0), updated_at: Date.now() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('order_daily_totals').execute();
  await db.deleteFrom('event_consumers').where('name', '=', 'orders.daily_totals').execute();
}
