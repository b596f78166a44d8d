/**
 * Prepares a data directory (SQLite, or the database of DATABASE_URL) for measuring the real CLI
 * import (its own process, as a user runs it): migrates and defines the 5 bench custom fields. Then:
 *   RAPPORT_DATA_DIR=DIR [DATABASE_URL=…] /usr/bin/time -v node server/dist/main.js import people FILE
 * Usage: [DATABASE_URL=postgres://…/empty_db] npx tsx bench/prepare-cli-import.ts DIR
 */
import path from 'node:path';
import { loadConfig } from '../src/config.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { systemClock } from '../src/platform/clock.js';
import { createBenchFields } from './generate-people.js';

const dir = process.argv[2] as string;
const url = process.env.DATABASE_URL ?? `sqlite:${path.join(dir, 'rapport.sqlite')}`;
const db = await openDatabase(url);
await migrateToLatest(db);
const config = loadConfig({ RAPPORT_DATA_DIR: dir, DATABASE_URL: url, LOG_LEVEL: 'silent' });
const dialect = url.startsWith('sqlite:') ? ('sqlite' as const) : ('postgres' as const);
const ctx = { config, db, dialect, clock: systemClock, secret: 'x'.repeat(32) };
await createBenchFields(ctx as never);
await db.destroy();
