import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe } from 'vitest';
import { type AppInstance, buildApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import type { AppContext } from '../src/context.js';
import { type Dialect, openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { ManualClock } from '../src/platform/clock.js';

/**
 * The shared test context: every storage and API test runs once per dialect, each test on its own
 * database (a fresh SQLite file, or a fresh PostgreSQL schema).
 */
export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

const pgUp = await postgresReachable();
if (!pgUp) {
  if (process.env.CI === 'true') throw new Error(`PostgreSQL is required in CI but ${PG_URL} is unreachable`);
  console.warn(`[rapport tests] PostgreSQL at ${PG_URL} is unreachable: PostgreSQL tests are SKIPPED`);
}

export const DIALECTS: Dialect[] = ['sqlite', 'postgres'];

/** `describe` once per dialect; the PostgreSQL half is skipped (with a notice) when PG is down outside CI. */
export function describeEachDialect(name: string, body: (dialect: Dialect) => void): void {
  for (const dialect of DIALECTS) {
    const d = dialect === 'postgres' && !pgUp ? describe.skip : describe;
    d(`${name} [${dialect}]`, () => body(dialect));
  }
}

export interface TestContext extends AppContext {
  clock: ManualClock;
  /** PostgreSQL: this test's schema. */
  schema?: string;
  /** Drops the test database/schema and closes connections. */
  close(): Promise<void>;
}

/** A migrated, empty, isolated database with a manual clock. */
export async function createTestContext(dialect: Dialect, env: NodeJS.ProcessEnv = {}): Promise<TestContext> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rapport-test-'));
  const clock = new ManualClock(Date.UTC(2026, 0, 5, 9, 0, 0));
  let databaseUrl: string;
  let schema: string | undefined;
  if (dialect === 'sqlite') {
    databaseUrl = `sqlite:${path.join(dataDir, 'rapport.sqlite')}`;
  } else {
    schema = `t_${crypto.randomBytes(6).toString('hex')}`;
    await adminQuery(`create schema ${schema}`);
    databaseUrl = PG_URL;
  }
  const config = loadConfig({
    RAPPORT_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const db = await openDatabase(databaseUrl, { schema, poolSize: 5 });
  await migrateToLatest(db);
  return {
    config,
    db,
    dialect,
    clock,
    schema,
    secret: 'test-secret-test-secret-test-secret',
    async close() {
      await db.destroy();
      if (schema) await adminQuery(`drop schema ${schema} cascade`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Opens a second connection to the same test database (e.g. a second worker). */
export function reopen(t: TestContext): Promise<AppContext['db']> {
  return openDatabase(t.config.databaseUrl, { schema: t.schema, poolSize: 5 });
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

export interface TestApp extends TestContext {
  app: AppInstance;
}

/** A test context plus the HTTP app on it (call `app.inject`). */
export async function createTestApp(dialect: Dialect, env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const t = await createTestContext(dialect, env);
  const app = await buildApp(t, { logger: false, webDist: '/nonexistent' });
  await app.ready();
  const closeDatabase = t.close;
  return Object.assign(t, {
    app,
    async close() {
      await app.close();
      await closeDatabase();
    },
  });
}
