import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { useTimeZone } from '../../shared/format.js';

export interface Money {
  currency: string;
  amount: number;
}

/** `GET /dashboard`: each part present only when the user may read its module. */
export interface Dashboard {
  timeZone: string;
  customers?: { total: number; newThisMonth: number; newLastMonth: number };
  deals?: { open: number; openAmount: Money[]; wonThisMonth: number; wonAmount: Money[] };
  revenue?: {
    months: string[];
    series: { currency: string; amounts: number[]; orders: number[] }[];
    /** This calendar month (UTC); channel '' = none given. */
    byChannel: { channel: string; currency: string; orders: number; amount: number }[];
  };
}

export function useDashboard() {
  const timeZone = useTimeZone();
  return useQuery({
    queryKey: ['dashboard', timeZone],
    queryFn: () => api.get<Dashboard>('/dashboard', { timeZone }),
  });
}
