import { DateTime } from 'luxon';
import type { AppContext } from '../../context.js';
import { validationError } from '../../platform/errors.js';
import { toTask } from './tasks.repository.js';
import type { Task } from './tasks.schemas.js';

export interface MyDay {
  timeZone: string;
  /** Start and end (exclusive) of "today" in the zone, epoch ms. */
  dayStart: number;
  dayEnd: number;
  overdue: Task[];
  today: Task[];
  upcoming: Task[];
  counts: { overdue: number; today: number; upcoming: number };
}

const UPCOMING_DAYS = 7;
const LIMIT = 200;

/**
 * The user's open tasks in three buckets: overdue (due before now), today (now … end of today in
 * `timeZone`), upcoming (the next 7 days after today). The zone is the caller's `?timeZone=`, else
 * the user's own setting (`PATCH /me {timeZone}`), else UTC.
 */
export async function myDay(ctx: AppContext, userId: string, timeZone: string): Promise<MyDay> {
  const now = DateTime.fromMillis(ctx.clock.now(), { zone: timeZone });
  if (!now.isValid) throw validationError('timeZone', `unknown time zone ${timeZone}`, 'invalid_time_zone');
  const dayStart = now.startOf('day');
  const dayEnd = dayStart.plus({ days: 1 }).toMillis();
  const horizon = dayStart.plus({ days: 1 + UPCOMING_DAYS }).toMillis();
  const rows = await ctx.db
    .selectFrom('tasks')
    .selectAll()
    .where('assigneeId', '=', userId)
    .where('status', '=', 'open')
    .where('dueAt', '<', horizon)
    .orderBy('dueAt')
    .orderBy('id')
    .execute();
  const tasks = rows.map(toTask);
  const t = ctx.clock.now();
  const overdue = tasks.filter((x) => x.dueAt < t);
  const today = tasks.filter((x) => x.dueAt >= t && x.dueAt < dayEnd);
  const upcoming = tasks.filter((x) => x.dueAt >= dayEnd);
  return {
    timeZone,
    dayStart: dayStart.toMillis(),
    dayEnd,
    overdue: overdue.slice(0, LIMIT),
    today: today.slice(0, LIMIT),
    upcoming: upcoming.slice(0, LIMIT),
    counts: { overdue: overdue.length, today: today.length, upcoming: upcoming.length },
  };
}
