import type { EventConsumersTable } from '../platform/events/event-consumers.table.js';
import type { EventsTable } from '../platform/events/events.table.js';
import type { JobSchedulesTable, JobsTable } from '../platform/jobs/jobs.table.js';

/**
 * The whole database as Kysely sees it (camelCase; the CamelCasePlugin maps to snake_case columns).
 * Each module owns its tables' interfaces in `<thing>.table.ts`; they are gathered here.
 */
export interface Database {
  events: EventsTable;
  eventConsumers: EventConsumersTable;
  jobs: JobsTable;
  jobSchedules: JobSchedulesTable;
}
