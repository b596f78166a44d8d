import { afterEach, beforeEach, expect, it } from 'vitest';
import { HOUR } from '../src/platform/clock.js';
import { AppError } from '../src/platform/errors.js';
import { ensureSchedule, fireDueSchedules } from '../src/platform/jobs/job-schedules.js';
import { createTestContext, describeEachDialect, type TestContext } from './context.js';

const iso = (ms: number) => new Date(ms).toISOString();

describeEachDialect('cron schedules', (dialect) => {
  let t: TestContext;
  beforeEach(async () => {
    t = await createTestContext(dialect);
  });
  afterEach(() => t.close());

  async function scheduledJobs() {
    const rows = await t.db.selectFrom('jobs').selectAll().orderBy('runAt').execute();
    return rows.map((r) => ({ at: iso(r.runAt), key: r.idempotencyKey, type: r.type }));
  }

  it('fires a daily 09:00 Europe/Riga schedule exactly once per day, never early, across DST', async () => {
    t.clock.set(Date.UTC(2026, 2, 26, 12, 0)); // Thu 26 Mar, after 09:00 Riga (EET, UTC+2)
    await ensureSchedule(t.db, t.clock, {
      name: 'digest',
      cron: '0 9 * * *',
      timezone: 'Europe/Riga',
      type: 'digest.send',
      payload: { kind: 'daily' },
    });
    const fired: string[] = [];
    // Walk four days in 15-minute steps, firing at every step as a worker loop would.
    for (let step = 0; step < 4 * 24 * 4; step++) {
      t.clock.advance(HOUR / 4);
      const before = (await scheduledJobs()).length;
      await fireDueSchedules(t.db, t.clock);
      const jobs = await scheduledJobs();
      if (jobs.length > before) fired.push(`${iso(t.clock.now())} -> ${jobs.at(-1)!.at}`);
    }
    // 09:00 Riga is 07:00Z in winter time, 06:00Z from Sunday 29 March (EEST, UTC+3).
    expect(fired).toEqual([
      '2026-03-27T07:00:00.000Z -> 2026-03-27T07:00:00.000Z',
      '2026-03-28T07:00:00.000Z -> 2026-03-28T07:00:00.000Z',
      '2026-03-29T06:00:00.000Z -> 2026-03-29T06:00:00.000Z',
      '2026-03-30T06:00:00.000Z -> 2026-03-30T06:00:00.000Z',
    ]);
    const jobs = await scheduledJobs();
    expect(jobs[0]).toEqual({
      at: '2026-03-27T07:00:00.000Z',
      key: `schedule:digest:${Date.UTC(2026, 2, 27, 7)}`,
      type: 'digest.send',
    });
  });

  it('enqueues an occurrence once even when fired twice, and catches up after downtime', async () => {
    await ensureSchedule(t.db, t.clock, { name: 'hourly', cron: '0 * * * *', timezone: 'UTC', type: 'tick' });
    t.clock.advance(HOUR);
    expect(await fireDueSchedules(t.db, t.clock)).toBe(1);
    // Another node read the same next_run_at before we advanced it: it fires the same occurrence.
    const first = await t.db.selectFrom('jobs').select('runAt').executeTakeFirstOrThrow();
    await t.db.updateTable('jobSchedules').set({ nextRunAt: first.runAt }).execute();
    await fireDueSchedules(t.db, t.clock);
    expect(await scheduledJobs()).toHaveLength(1);
    expect(await fireDueSchedules(t.db, t.clock)).toBe(0);
    // Down for three hours: each missed occurrence is queued once.
    t.clock.advance(3 * HOUR);
    expect(await fireDueSchedules(t.db, t.clock)).toBe(3);
    expect(await scheduledJobs()).toHaveLength(4);
  });

  it('keeps next_run_at when re-ensured unchanged, recomputes it when the cron changes, skips disabled', async () => {
    const spec = { name: 's', cron: '0 9 * * *', timezone: 'Europe/Riga', type: 'x' };
    await ensureSchedule(t.db, t.clock, spec);
    const next = async () =>
      (await t.db.selectFrom('jobSchedules').select('nextRunAt').executeTakeFirstOrThrow()).nextRunAt;
    const first = await next();
    t.clock.advance(HOUR);
    await ensureSchedule(t.db, t.clock, spec);
    expect(await next()).toBe(first);
    await ensureSchedule(t.db, t.clock, { ...spec, cron: '30 * * * *' });
    expect(await next()).toBe(t.clock.now() + 30 * 60_000);
    await ensureSchedule(t.db, t.clock, { ...spec, cron: '30 * * * *', enabled: false });
    t.clock.advance(2 * HOUR);
    expect(await fireDueSchedules(t.db, t.clock)).toBe(0);
    await expect(ensureSchedule(t.db, t.clock, { ...spec, cron: 'every day' })).rejects.toBeInstanceOf(
      AppError,
    );
    await expect(ensureSchedule(t.db, t.clock, { ...spec, timezone: 'Mars/Base' })).rejects.toThrow(
      /time zone/,
    );
  });
});
