import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/**
 * Calendar days as plain `YYYY-MM-DD` keys. Which day an instant falls on, and where a day starts,
 * follow the user's time zone setting (not the browser's), so the calendar agrees with the dates
 * formatted elsewhere (shared/format.ts) and with "My day" on the server.
 */
export type DayKey = string;

/** The day `ms` falls on in `zone`. */
export const dayKeyIn = (ms: number, zone: string): DayKey => dayjs(ms).tz(zone).format('YYYY-MM-DD');

/** The instant 00:00 of `day` in `zone` (DST-aware). */
export const dayStartIn = (day: DayKey, zone: string): number => dayjs.tz(day, zone).valueOf();

/** Monday-first weeks covering the month (0-based month): 42 day keys, independent of any zone. */
export function monthGrid(year: number, month: number): DayKey[] {
  const first = dayjs.utc(Date.UTC(year, month, 1));
  const offset = (first.day() + 6) % 7;
  const start = first.subtract(offset, 'day');
  return Array.from({ length: 42 }, (_, i) => start.add(i, 'day').format('YYYY-MM-DD'));
}

/** Instants [from, to) covering the grid's first to last day in `zone`, for the tasks query. */
export function gridRange(days: DayKey[], zone: string): { from: number; to: number } {
  const last = dayjs
    .utc(days[days.length - 1])
    .add(1, 'day')
    .format('YYYY-MM-DD');
  return { from: dayStartIn(days[0]!, zone), to: dayStartIn(last, zone) };
}

/** Items grouped by the day their `dueAt` falls on in `zone`, keeping their order. */
export function bucketByDay<T extends { dueAt: number }>(items: T[], zone: string): Map<DayKey, T[]> {
  const byDay = new Map<DayKey, T[]>();
  for (const item of items) {
    const k = dayKeyIn(item.dueAt, zone);
    byDay.get(k)?.push(item) ?? byDay.set(k, [item]);
  }
  return byDay;
}

/** Year and 0-based month of a day key. */
export function monthOf(day: DayKey): { year: number; month: number } {
  const [y, m] = day.split('-').map(Number);
  return { year: y!, month: m! - 1 };
}
