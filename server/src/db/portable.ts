import { type Kysely, sql } from 'kysely';
import { dialectOf } from './database.js';

/**
 * Column types that mean the same on SQLite and PostgreSQL. Conventions (docs/architecture.md):
 * ids are text, times are bigint epoch milliseconds, booleans are integer 0/1, JSON is jsonb on
 * PostgreSQL and text on SQLite, money is bigint minor units plus a currency code.
 */
export function jsonType(db: Kysely<any>) {
  return dialectOf(db) === 'postgres' ? sql`jsonb` : sql`text`;
}

export const isPostgres = (db: Kysely<any>) => dialectOf(db) === 'postgres';
