/** Revenue per UTC day, currency and owner (see the migration that creates it). */
export interface OrderDailyTotalsTable {
  /** Days since 1970-01-01, UTC. */
  day: number;
  currency: string;
  /** '' when the orders have no owner. */
  ownerId: string;
  orders: number;
  revenue: number;
}
