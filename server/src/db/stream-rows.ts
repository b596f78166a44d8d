import { on } from 'node:events';
import type { CompiledQuery } from 'kysely';
import type pg from 'pg';
import Cursor from 'pg-cursor';
import { type CsvPlanColumn, csvHeaderLine, encodeCsvRows } from '../platform/lists/csv-plan.js';
import { startThread } from '../platform/start-thread.js';
import { camel } from './camel.js';
import { type DB, databaseSource } from './database.js';
import type { SqliteRowsJob, SqliteRowsMessage } from './sqlite-rows.worker.js';

/** A chunk of a streamed result: rows as arrays (no object per row), columns named in camelCase. */
export interface RowChunk {
  columns: string[];
  rows: unknown[][];
}

/**
 * Runs one SELECT as a single cursor and yields its rows in chunks, reading the next chunk only
 * when the consumer asks for it: constant memory for any result size, one snapshot (one statement)
 * for the whole walk, no re-planning per page. For exports. Rows come as arrays: building an
 * object per row costs as much as SQLite reading it.
 * - SQLite: a worker thread with its own read-only connection (`sqlite-rows.worker.ts`): a slow
 *   client never holds the app's single connection, WAL lets writers go on meanwhile, and the walk
 *   runs on the second core while this thread encodes.
 * - PostgreSQL: a pooled connection with a server-side cursor (pg-cursor), `chunk` rows per fetch.
 * Stopping early (`return()`, an error, the client going away) closes the cursor and connection.
 * An in-memory SQLite database has no second connection: it is read at once and chunked.
 */
export async function* streamRows(db: DB, query: CompiledQuery, chunk = 1000): AsyncGenerator<RowChunk> {
  const source = databaseSource(db);
  if (source?.sqliteFile) yield* sqliteChunks(source.sqliteFile, query, chunk);
  else if (source?.pool) yield* pgChunks(source.pool, query, chunk);
  else {
    const { rows } = await db.executeQuery<Record<string, unknown>>(query);
    const columns = Object.keys(rows[0] ?? {});
    for (let i = 0; i < rows.length; i += chunk)
      yield { columns, rows: rows.slice(i, i + chunk).map((r) => columns.map((c) => r[c])) };
  }
}

/**
 * The query's rows as CSV text blocks, header first (see `encodeCsvRows`). On SQLite the reader thread
 * encodes as well, so this thread only moves text to the socket: walking and encoding a row cost
 * ~10 µs of CPU, the rest of an export (streams, HTTP) ~5 µs, and each gets a core.
 */
export async function* streamCsvLines(
  db: DB,
  query: CompiledQuery,
  plan: CsvPlanColumn[],
  chunk = 1000,
): AsyncGenerator<string> {
  yield csvHeaderLine(plan);
  const file = databaseSource(db)?.sqliteFile;
  if (file) {
    for await (const message of sqliteThread({
      file,
      sql: query.sql,
      parameters: [...query.parameters],
      chunk,
      csv: plan,
    }))
      if (message.type === 'text' && message.text) yield message.text;
    return;
  }
  for await (const rows of streamRows(db, query, chunk)) yield encodeCsvRows(plan, rows.columns, rows.rows);
}

async function* sqliteChunks(file: string, query: CompiledQuery, chunk: number): AsyncGenerator<RowChunk> {
  for await (const message of sqliteThread({
    file,
    sql: query.sql,
    parameters: [...query.parameters],
    chunk,
  }))
    if (message.type === 'rows' && message.rows.length)
      yield { columns: message.columns, rows: message.rows };
}

/** Runs `sqlite-rows.worker.ts` and relays its messages; returning early ends the thread. */
async function* sqliteThread(job: SqliteRowsJob): AsyncGenerator<SqliteRowsMessage> {
  const thread = startThread(import.meta.url, 'sqlite-rows.worker', job);
  try {
    for await (const [message] of on(thread, 'message') as AsyncIterable<[SqliteRowsMessage]>) {
      if (message.type === 'error') throw new Error(`Export query failed: ${message.message}`);
      // Ask for the next chunk before this one is used: reading and writing overlap.
      if (!message.last) thread.postMessage('next');
      yield message;
      if (message.last) return;
    }
  } finally {
    await thread.terminate();
  }
}

async function* pgChunks(pool: pg.Pool, query: CompiledQuery, chunk: number): AsyncGenerator<RowChunk> {
  const client = await pool.connect();
  let failed: Error | undefined;
  const cursor = client.query(new Cursor(query.sql, query.parameters as unknown[], { rowMode: 'array' }));
  let columns: string[] | undefined;
  const read = () =>
    new Promise<unknown[][]>((resolve, reject) =>
      cursor.read(chunk, (err, rows, result) => {
        if (err) return reject(err);
        columns ??= result.fields.map((f) => camel(f.name));
        resolve(rows);
      }),
    );
  try {
    for (;;) {
      const rows = await read();
      if (rows.length && columns) yield { columns, rows };
      if (rows.length < chunk) return;
    }
  } catch (err) {
    failed = err as Error;
    throw err;
  } finally {
    await cursor.close().catch((err: Error) => (failed ??= err));
    // A connection whose cursor failed to close is not reused.
    client.release(failed);
  }
}
