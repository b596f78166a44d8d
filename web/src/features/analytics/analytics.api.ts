import type { TeamPerformanceReport as TeamPerformance } from '@server/modules/analytics/team-performance.types.js';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';

export type {
  Performance,
  TeamPerformanceReport as TeamPerformance,
} from '@server/modules/analytics/team-performance.types.js';

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
