import SQLite from 'better-sqlite3';
import type { CompiledQuery } from 'kysely';
import type pg from 'pg';
import Cursor from 'pg-cursor';
import { type DB, databaseSource, registerSqliteFunctions } from './database.js';

/** A chunk of a streamed result: rows as arrays (no object per row), columns named in camelCase. */
export interface RowChunk {
  columns: string[];
  rows: unknown[][];
}

/** snake_case column → camelCase key, as the CamelCasePlugin names them. */
const camel = (key: string) => key.replace(/_([a-z0-9])/g, (_, x: string) => x.toUpperCase());

/**
 * Runs one SELECT as a single cursor and yields its rows in chunks, reading the next chunk only
 * when the consumer asks for it: constant memory for any result size, one snapshot (one statement)
 * for the whole walk, no re-planning per page. For exports. Rows come as arrays: building an
 * object per row costs as much as SQLite reading it.
 * - SQLite: its own read-only connection (`iterate()`), so a slow client never holds the app's
 *   single connection; WAL lets writers go on meanwhile.
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

async function* sqliteChunks(file: string, query: CompiledQuery, chunk: number): AsyncGenerator<RowChunk> {
  const conn = new SQLite(file, { readonly: true, fileMustExist: true });
  try {
    conn.pragma('busy_timeout = 10000');
    registerSqliteFunctions(conn);
    const stmt = conn.prepare(query.sql).raw(true);
    const columns = stmt.columns().map((c) => camel(c.name));
    const rows = stmt.iterate(...(query.parameters as unknown[])) as IterableIterator<unknown[]>;
    try {
      for (;;) {
        const out: unknown[][] = [];
        for (let n = rows.next(); !n.done; n = rows.next()) {
          out.push(n.value);
          if (out.length === chunk) break;
        }
        if (out.length) yield { columns, rows: out };
        if (out.length < chunk) return;
      }
    } finally {
      rows.return?.();
    }
  } finally {
    conn.close();
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
