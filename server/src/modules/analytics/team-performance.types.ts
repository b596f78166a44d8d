// `GET /analytics/team-performance`. The web reads these types as they are, so this file imports nothing.

export interface Performance {
  dealsWon: number;
  dealsLost: number;
  /** Sum of won amounts (minor units) per currency. */
  revenue: Record<string, number>;
  /**
   * Σ line margin (total − round(unitCost × quantity)) per currency over the won deals whose every
   * line has a known cost; other won deals are left out (see dealsWithCost).
   */
  profit: Record<string, number>;
  /** Won deals counted in profit: at least one line and a cost on every line. */
  dealsWithCost: number;
  /** won / (won + lost), null when nothing closed. */
  conversion: number | null;
  /** Mean days from created to won, null when nothing won. */
  avgCycleDays: number | null;
  overdueTasks: number;
  activities: number;
}

export interface ManagerPerformance extends Performance {
  userId: string;
  name: string;
}

export interface TeamPerformanceReport {
  from: number;
  to: number;
  managers: ManagerPerformance[];
  teams: (Performance & { teamId: string; name: string; memberIds: string[] })[];
  /** Per currency: who brought the most revenue. */
  topByRevenue: { currency: string; userId: string; name: string; amount: number }[];
  /** Per currency with any counted profit: who brought the most. */
  topByProfit: { currency: string; userId: string; name: string; amount: number }[];
}
