import { importJobHandler } from './modules/imports/import.job.js';
import { duplicatesConsumer } from './modules/people/duplicates/duplicates.consumer.js';
import { scanDuplicatesJob } from './modules/people/duplicates/scan-duplicates.job.js';
import type { EventConsumer } from './platform/events/run-consumer-batch.js';
import type { JobHandler } from './platform/jobs/job-handler.js';
import type { ScheduleSpec } from './platform/jobs/job-schedules.js';

/**
 * Every background job type, event consumer and cron schedule, like `app.ts` lists the routes.
 * Modules add theirs here; `rapport serve` runs them when RAPPORT_WORKERS=on.
 * See docs/jobs-and-events.md.
 */
export const jobHandlers: JobHandler[] = [importJobHandler as JobHandler, scanDuplicatesJob as JobHandler];

export const eventConsumers: EventConsumer[] = [duplicatesConsumer];

export const jobSchedules: ScheduleSpec[] = [];
