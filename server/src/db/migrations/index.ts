import type { Migration } from 'kysely';
import * as createEvents from './2026_11_22_1900_create_events.js';

/**
 * Every migration, by name. Names sort by time (YYYY_MM_DD_HHMM_<verb>_<table>); add new ones here.
 * A static list (rather than reading a folder) works the same from src under tsx and from dist.
 */
export const migrations: Record<string, Migration> = {
  '2026_11_22_1900_create_events': createEvents,
};
