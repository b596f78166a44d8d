import type { Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';
import type { Clock } from '../clock.js';
import { assertValidCron, nextOccurrence } from './cron.js';
import { enqueueJob } from './enqueue-job.js';

export interface ScheduleSpec {
  name: string;
  /** Five (or six, with seconds) field cron expression, e.g. `0 9 * * *`. */
  cron: string;
  /** IANA zone, e.g. `Europe/Riga`. */
  timezone: string;
  type: string;
  payload?: unknown;
  enabled?: boolean;
}

/**
 * Creates or updates a schedule (call it at start-up; it is idempotent). The next run is kept when
 * the timing is unchanged, and recomputed from now when the cron or zone changed.
 */
export async function ensureSchedule(db: Executor, clock: Clock, spec: ScheduleSpec): Promise<void> {
  assertValidCron(spec.cron, spec.timezone);
  const now = clock.now();
  const existing = await db
    .selectFrom('jobSchedules')
    .selectAll()
    .where('name', '=', spec.name)
    .executeTakeFirst();
  const values = {
    cron: spec.cron,
    timezone: spec.timezone,
    jobType: spec.type,
    payload: toJson(spec.payload ?? {}),
    enabled: spec.enabled === false ? 0 : 1,
    updatedAt: now,
  };
  if (!existing) {
    const nextRunAt = nextOccurrence(spec.cron, spec.timezone, now);
    await db
      .insertInto('jobSchedules')
      .values({ name: spec.name, ...values, nextRunAt, createdAt: now })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    return;
  }
  const retimed = existing.cron !== spec.cron || existing.timezone !== spec.timezone;
  await db
    .updateTable('jobSchedules')
    .set({ ...values, ...(retimed ? { nextRunAt: nextOccurrence(spec.cron, spec.timezone, now) } : {}) })
    .where('name', '=', spec.name)
    .execute();
}

/** After downtime a schedule catches up at most this many occurrences per call (the rest next call). */
const MAX_CATCH_UP = 50;

/**
 * Enqueues one job per due occurrence of every enabled schedule, with idempotency key
 * `schedule:<name>:<occurrence ms>` (so two nodes firing the same occurrence queue it once), then
 * moves next_run_at past now. Returns the number of occurrences fired.
 */
export async function fireDueSchedules(db: Executor, clock: Clock): Promise<number> {
  const now = clock.now();
  const due = await db
    .selectFrom('jobSchedules')
    .selectAll()
    .where('enabled', '=', 1)
    .where('nextRunAt', '<=', now)
    .execute();
  let fired = 0;
  for (const s of due) {
    let at = s.nextRunAt;
    for (let n = 0; at <= now && n < MAX_CATCH_UP; n++) {
      await enqueueJob(db, clock, {
        type: s.jobType,
        payload: fromJson(s.payload),
        runAt: at,
        idempotencyKey: `schedule:${s.name}:${at}`,
      });
      fired++;
      at = nextOccurrence(s.cron, s.timezone, at);
    }
    // Compare-and-set: if another node already advanced it, leave its value.
    await db
      .updateTable('jobSchedules')
      .set({ nextRunAt: at, updatedAt: now })
      .where('name', '=', s.name)
      .where('nextRunAt', '=', s.nextRunAt)
      .execute();
  }
  return fired;
}
