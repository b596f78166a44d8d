import type { Config } from './config.js';
import { automationConsumer } from './modules/automation/automation.consumer.js';
import { dateReachedJob, dateReachedSchedule } from './modules/automation/date-reached.job.js';
import { webhookJob } from './modules/automation/webhook.job.js';
import { importJobHandler } from './modules/imports/import.job.js';
import { leadScoringConsumer } from './modules/leads/lead-scoring.consumer.js';
import { scoreDecayJob, scoreDecaySchedule } from './modules/leads/score-decay.job.js';
import { orderDailyTotalsConsumer } from './modules/orders/order-daily-totals.consumer.js';
import { duplicatesConsumer } from './modules/people/duplicates/duplicates.consumer.js';
import { scanDuplicatesJob } from './modules/people/duplicates/scan-duplicates.job.js';
import { overdueScanJob, overdueScanSchedule } from './modules/tasks/overdue-scan.js';
import { taskReminderJob } from './modules/tasks/task-reminder.js';
import type { EventConsumer } from './platform/events/run-consumer-batch.js';
import type { JobHandler } from './platform/jobs/job-handler.js';
import type { ScheduleSpec } from './platform/jobs/job-schedules.js';
import { sendMailJob } from './platform/mail/send-mail.job.js';

/**
 * Every background job type, event consumer and cron schedule, like `app.ts` lists the routes.
 * Modules add theirs here; `rapport serve` runs them when RAPPORT_WORKERS=on.
 * See docs/jobs-and-events.md.
 */
export const jobHandlers: JobHandler[] = [
  importJobHandler as JobHandler,
  sendMailJob as JobHandler,
  taskReminderJob as JobHandler,
  overdueScanJob,
  scanDuplicatesJob as JobHandler,
  webhookJob as JobHandler,
  dateReachedJob,
  scoreDecayJob,
];

export const eventConsumers: EventConsumer[] = [
  duplicatesConsumer,
  automationConsumer,
  leadScoringConsumer,
  orderDailyTotalsConsumer,
];

export const jobSchedules: ScheduleSpec[] = [overdueScanSchedule, dateReachedSchedule, scoreDecaySchedule];

/** The schedules with the configured overrides (RAPPORT_OVERDUE_SCAN_CRON). */
export function jobSchedulesFor(config: Config): ScheduleSpec[] {
  return jobSchedules.map((s) =>
    s.name === overdueScanSchedule.name && config.overdueScanCron
      ? { ...s, cron: config.overdueScanCron }
      : s,
  );
}
