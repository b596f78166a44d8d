import type { EventsTable } from '../platform/events/events.table.js';

/**
 * The whole database as Kysely sees it (camelCase; the CamelCasePlugin maps to snake_case columns).
 * Each module owns its tables' interfaces in `<thing>.table.ts`; they are gathered here.
 */
export interface Database {
  events: EventsTable;
}
