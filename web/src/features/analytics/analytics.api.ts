import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';

export interface Performance {
  dealsWon: number;
  dealsLost: number;
  revenue: Record<string, number>;
  /** Σ line margins per currency of the won deals whose lines all have a cost. */
  profit: Record<string, number>;
  /** Won deals counted in profit. */
  dealsWithCost: number;
  conversion: number | null;
  avgCycleDays: number | null;
  overdueTasks: number;
  activities: number;
}

export interface TeamPerformance {
  from: number;
  to: number;
  managers: (Performance & { userId: string; name: string })[];
  teams: (Performance & { teamId: string; name: string; memberIds: string[] })[];
  topByRevenue: { currency: string; userId: string; name: string; amount: number }[];
  topByProfit: { currency: string; userId: string; name: string; amount: number }[];
}

export const useTeamPerformance = (from: string, to: string) =>
  useQuery({
    queryKey: ['team-performance', from, to],
    queryFn: () => api.get<TeamPerformance>('/analytics/team-performance', { from, to }),
  });

/** Minor units → a localized amount in its currency. */
export function money(locale: string, amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount / 100);
  } catch {
    return `${(amount / 100).toFixed(2)} ${currency}`;
  }
}
