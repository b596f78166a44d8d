import type { Dashboard } from '@server/modules/dashboard/dashboard.types.js';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { useTimeZone } from '../../shared/format.js';

export type { Dashboard, Money } from '@server/modules/dashboard/dashboard.types.js';

export function useDashboard() {
  const timeZone = useTimeZone();
  return useQuery({
    queryKey: ['dashboard', timeZone],
    queryFn: () => api.get<Dashboard>('/dashboard', { timeZone }),
  });
}
