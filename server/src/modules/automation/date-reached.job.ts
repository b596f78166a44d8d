import type { AppContext } from '../../context.js';
import { fromJson } from '../../db/json.js';
import { DAY } from '../../platform/clock.js';
import type { JobHandler } from '../../platform/jobs/job-handler.js';
import type { ScheduleSpec } from '../../platform/jobs/job-schedules.js';
import { listRules } from './automation.repository.js';
import type { Rule } from './automation.schemas.js';
import { runRule } from './run-rule.js';

export const DATE_REACHED_JOB = 'automation.date-reached';
/** Every 15 minutes so each rule's `at` (UTC) is met within a quarter hour; runs are keyed per day. */
export const dateReachedSchedule: ScheduleSpec = {
  name: 'automation.date-reached',
  cron: '*/15 * * * *',
  timezone: 'UTC',
  type: DATE_REACHED_JOB,
};

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Fires `date_reached` rules: once today's `at` has passed, every person whose date (birthday: same
 * month and day; a date custom field: the exact day) is `-offsetDays` days ahead. The run key
 * `date:<person>:<today>` makes a repeated scan (or a second node) do nothing.
 */
export async function scanDateRules(ctx: AppContext): Promise<{ runs: number }> {
  const now = ctx.clock.now();
  const today = day(now);
  const rules = (await listRules(ctx.db, { enabledOnly: true })).filter(
    (r) => r.trigger.kind === 'date_reached',
  );
  let runs = 0;
  for (const rule of rules) {
    if (rule.trigger.kind !== 'date_reached') continue;
    if (now < Date.parse(`${today}T${rule.trigger.at}:00Z`)) continue;
    const target = day(now - rule.trigger.offsetDays * DAY);
    for (const personId of await peopleOn(ctx, rule, target)) {
      const done = await ctx.db.transaction().execute((trx) =>
        runRule(trx, ctx, rule, {
          key: `date:${personId}:${today}`,
          entity: 'person',
          entityId: personId,
          depth: 0,
        }),
      );
      if (done) runs++;
      if (done === 'paused') break; // switched off for failing too often in a row
    }
  }
  return { runs };
}

async function peopleOn(ctx: AppContext, rule: Rule, target: string): Promise<string[]> {
  if (rule.trigger.kind !== 'date_reached') return [];
  const field = rule.trigger.field;
  const rows = await ctx.db
    .selectFrom('people')
    .select(['id', 'birthday', 'custom'])
    .where('mergedIntoId', 'is', null)
    .execute();
  return rows
    .filter((r) => {
      if (field === 'birthday') return r.birthday != null && r.birthday.slice(5, 10) === target.slice(5, 10);
      const v = (fromJson<Record<string, unknown>>(r.custom) ?? {})[field.slice('custom.'.length)];
      return typeof v === 'string' && v.slice(0, 10) === target;
    })
    .map((r) => r.id);
}

export const dateReachedJob: JobHandler = {
  type: DATE_REACHED_JOB,
  async handle(_job, { ctx }) {
    return scanDateRules(ctx);
  },
};
