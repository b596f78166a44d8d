import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import {
  CamelCasePlugin,
  Kysely,
  type Kysely as KyselyType,
  PostgresDialect,
  SqliteDialect,
  sql,
  type Transaction,
} from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

export type Dialect = 'sqlite' | 'postgres';
export type DB = KyselyType<Database>;
/** Repositories take either the database or an open transaction. */
export type Executor = DB | Transaction<Database>;

// bigint columns hold epoch milliseconds and counters: safe as JS numbers, so parse them as such.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

const dialects = new WeakMap<object, Dialect>();
/** Where a database lives, for readers that need their own connection (`stream-rows.ts`). */
const sources = new WeakMap<object, { sqliteFile?: string; pool?: pg.Pool }>();
const sqliteHandles = new WeakMap<object, SQLite.Database>();

export interface OpenOptions {
  /** PostgreSQL only: the schema to use (tests give each run its own). */
  schema?: string;
  /** Pool size on PostgreSQL. */
  poolSize?: number;
  /** SQLite only: page cache in MB (default 16; the server uses `SERVING_SQLITE_CACHE_MB`). */
  sqliteCacheMb?: number;
}

/** Page cache of the app's serving SQLite connection: reads at 1,000,000 people (docs/benchmarks.md). */
export const SERVING_SQLITE_CACHE_MB = 64;

export class DatabaseUnavailableError extends Error {}

/** Opens `sqlite:<file>` (default) or `postgres://…` and checks that it answers. */
export async function openDatabase(url: string, opts: OpenOptions = {}): Promise<DB> {
  const db = url.startsWith('sqlite:')
    ? openSqlite(url.slice('sqlite:'.length), opts.sqliteCacheMb)
    : openPostgres(url, opts);
  try {
    await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy().catch(() => {});
    const reason = err instanceof Error ? err.message : String(err);
    throw new DatabaseUnavailableError(`Cannot connect to the database (${redact(url)}): ${reason}`);
  }
  return db;
}

function openSqlite(file: string, cacheMb?: number): DB {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const database = new SQLite(file);
  database.pragma('journal_mode = WAL');
  database.pragma('synchronous = NORMAL');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 10000');
  // The serving connection takes a bigger page cache (the default is 16 MB): a list page walks a few
  // thousand rows spread over the table; uncached, every request re-reads them, a syscall per page.
  if (cacheMb) database.pragma(`cache_size = -${Math.round(cacheMb * 1024)}`);
  registerSqliteFunctions(database);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database }),
    // maintainNestedObjectKeys: jsonb comes back parsed on PostgreSQL, and its keys (custom field keys,
    // payloads) are data, not column names: they must not be camelCased.
    plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
  });
  dialects.set(db, 'sqlite');
  if (file !== ':memory:' && file !== '') sources.set(db, { sqliteFile: path.resolve(file) });
  sqliteHandles.set(db, database);
  return db;
}

/** The SQL functions the app's queries use; every SQLite connection needs them. */
export function registerSqliteFunctions(database: SQLite.Database): void {
  // SQLite's lower() folds ASCII only; case-insensitive list filters need Cyrillic and Latvian too.
  database.function('rapport_lower', { deterministic: true }, (v: unknown) =>
    typeof v === 'string' ? v.toLowerCase() : v,
  );
}

/** The SQLite file or the PostgreSQL pool behind a database opened here (undefined: in-memory). */
export function databaseSource(db: object) {
  return sources.get(db);
}

function openPostgres(url: string, opts: OpenOptions): DB {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.poolSize ?? 10,
    connectionTimeoutMillis: 5000,
    // jit=off: list queries with a LIMIT walk an index and finish in a millisecond, but their total
    // cost estimate (the whole walk) crosses jit_above_cost, and compiling takes 30+ ms per query.
    options: `-c jit=off${opts.schema ? ` -c search_path=${opts.schema}` : ''}`,
  });
  const db = new Kysely<Database>({
    dialect: new PostgresDialect({ pool }),
    // maintainNestedObjectKeys: jsonb comes back parsed on PostgreSQL, and its keys (custom field keys,
    // payloads) are data, not column names: they must not be camelCased.
    plugins: [new CamelCasePlugin({ maintainNestedObjectKeys: true })],
  });
  dialects.set(db, 'postgres');
  sources.set(db, { pool });
  return db;
}

/**
 * The better-sqlite3 connection behind a SQLite database (undefined on PostgreSQL). Only for bulk
 * paths (imports) that reuse prepared statements across rows; everything else goes through Kysely.
 * Statements run on it join whatever transaction Kysely has open on the connection.
 */
export function sqliteHandleOf(db: DB): SQLite.Database | undefined {
  return sqliteHandles.get(db);
}

/** Which SQL dialect an executor (database or transaction) speaks. */
export function dialectOf(db: KyselyType<any>): Dialect {
  const known = dialects.get(db);
  if (known) return known;
  const adapter = db.getExecutor().adapter.constructor.name;
  return adapter.startsWith('Postgres') ? 'postgres' : 'sqlite';
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):([^@/]+)@/, '//$1:***@');
}
