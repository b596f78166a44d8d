import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { type CsvPlanColumn, encodeCsvRows } from '../platform/lists/csv-plan.js';
import { camel } from './camel.js';
import { registerSqliteFunctions } from './database.js';

/** What `streamRows` hands the thread: one SELECT to walk on its own read-only connection. */
export interface SqliteRowsJob {
  file: string;
  sql: string;
  parameters: unknown[];
  chunk: number;
  /** When set, the thread encodes each chunk as CSV lines and posts text instead of rows. */
  csv?: CsvPlanColumn[];
}

/** A message to the parent: the column names, then chunks of array rows, `last` on the final one. */
export type SqliteRowsMessage =
  | { type: 'rows'; columns: string[]; rows: unknown[][]; last: boolean }
  | { type: 'text'; text: string; last: boolean }
  | { type: 'error'; message: string };

/**
 * Walks the query and posts a chunk (rows, or CSV text: then the encoding runs here too), then reads the next one only after the parent asks for it
 * ("next"): the parent encodes chunk k while this thread steps SQLite through chunk k + 1, and a
 * slow client holds the walk at most one chunk ahead.
 */
async function run(job: SqliteRowsJob): Promise<void> {
  const port = parentPort!;
  const conn = new SQLite(job.file, { readonly: true, fileMustExist: true });
  try {
    conn.pragma('busy_timeout = 10000');
    registerSqliteFunctions(conn);
    const stmt = conn.prepare(job.sql).raw(true);
    const columns = stmt.columns().map((c) => camel(c.name));
    const rows = stmt.iterate(...job.parameters) as IterableIterator<unknown[]>;
    for (;;) {
      const out: unknown[][] = [];
      let n = rows.next();
      for (; !n.done; n = rows.next()) {
        out.push(n.value);
        if (out.length === job.chunk) break;
      }
      const last = out.length < job.chunk;
      const message: SqliteRowsMessage = job.csv
        ? { type: 'text', text: encodeCsvRows(job.csv, columns, out), last }
        : { type: 'rows', columns, rows: out, last };
      port.postMessage(message);
      if (last) return;
      await once(port, 'message');
    }
  } finally {
    conn.close();
  }
}

run(workerData as SqliteRowsJob).catch((err: Error) =>
  parentPort!.postMessage({ type: 'error', message: err.message } satisfies SqliteRowsMessage),
);
