import { pipeline, Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';
import type { ListPage } from './list-query.js';

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => unknown;
}

export interface StreamCsvOptions<Row> {
  /** Download name; sanitised to a safe ASCII file name. */
  filename: string;
  columns: CsvColumn<Row>[];
  /** One page of the selection after `cursor` (undefined = first page); usually runListQuery. */
  fetchPage: (cursor: string | undefined) => Promise<ListPage<Row>>;
}

/**
 * Rows per page of a CSV export: big enough that per-page work (the list query, one query per side
 * table) is spread thin, small enough to keep memory flat (a few MB per page).
 */
export const CSV_PAGE_SIZE = 5000;

/**
 * Streams the whole selection as CSV with a header row, page by page (keyset pagination), so
 * memory stays constant. Pages are pulled only when the client drains the socket (backpressure).
 *
 * @example
 * if (req.query.format === 'csv') return streamCsv(reply, { filename: 'people.csv', columns,
 *   fetchPage: (cursor) => runListQuery(db, { ...opts, query: { ...req.query, cursor, limit: CSV_PAGE_SIZE } }) });
 */
export function streamCsv<Row>(reply: FastifyReply, opts: StreamCsvOptions<Row>): FastifyReply {
  async function* records(): AsyncGenerator<string[]> {
    let cursor: string | undefined;
    do {
      const page = await opts.fetchPage(cursor);
      for (const row of page.data) yield opts.columns.map((c) => csvCell(c.value(row)));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  const source = Readable.from(records(), { objectMode: true, highWaterMark: 64 });
  const csv = stringify({ header: true, columns: opts.columns.map((c) => c.header), bom: false });
  // pipeline, not pipe: a client that goes away destroys the reply stream, and that must stop the
  // page walk too (the generator returns) instead of leaving a paused query loop behind.
  pipeline(source, csv, (err) => {
    if (err && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') reply.log.error({ err }, 'CSV export failed');
  });
  const name = opts.filename.replace(/[^A-Za-z0-9._-]+/g, '_') || 'export.csv';
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(csv);
}

/**
 * One cell: arrays (multiselect) as `a; b`, objects as JSON, empty as ''. Text that a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@` and not a number) gets a leading `'` (CSV injection).
 */
export function csvCell(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => csvCell(x)).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  const s = String(v);
  return typeof v === 'string' && /^[=+\-@\t\r]/.test(s) && Number.isNaN(Number(s)) ? `'${s}` : s;
}
