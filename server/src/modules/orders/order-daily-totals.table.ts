/** Revenue per UTC day, currency, owner and channel (see the migration that creates it). */
export interface OrderDailyTotalsTable {
  /** Days since 1970-01-01, UTC. */
  day: number;
  currency: string;
  /** '' when the orders have no owner. */
  ownerId: string;
  /** online | store | pos | phone; '' when the order names none. */
  channel: string;
  orders: number;
  revenue: number;
}
