import { PassThrough, pipeline, Readable } from 'node:stream';
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
 * Large lists stream one cursor instead (`streamCsvChunks` + `streamRows`, see people export).
 *
 * @example
 * if (req.query.format === 'csv') return streamCsv(reply, { filename: 'people.csv', columns,
 *   fetchPage: (cursor) => runListQuery(db, { ...opts, query: { ...req.query, cursor, limit: CSV_PAGE_SIZE } }) });
 */
export function streamCsv<Row>(reply: FastifyReply, opts: StreamCsvOptions<Row>): FastifyReply {
  async function* pages(): AsyncGenerator<Row[]> {
    let cursor: string | undefined;
    do {
      const page = await opts.fetchPage(cursor);
      yield page.data;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
  }
  return streamCsvChunks(reply, { filename: opts.filename, columns: opts.columns, chunks: pages() });
}

export interface StreamCsvChunksOptions<Row> {
  filename: string;
  columns: CsvColumn<Row>[];
  /** The rows in order, a chunk at a time; the next chunk is asked for only when the client reads. */
  chunks: AsyncIterable<Row[]>;
}

/**
 * Streams rows as CSV (header first), one text block per chunk. Backpressure: the chunk source is
 * pulled only while the socket drains (a paused client stops the walk at a chunk or two). A client
 * that goes away destroys the stream, which ends the source (its `finally` closes cursors).
 */
export function streamCsvChunks<Row>(reply: FastifyReply, opts: StreamCsvChunksOptions<Row>): FastifyReply {
  const { columns } = opts;
  async function* text(): AsyncGenerator<string> {
    yield `${columns.map((c) => csvField(c.header)).join(',')}\n`;
    for await (const rows of opts.chunks) {
      let out = '';
      for (const row of rows) {
        for (let i = 0; i < columns.length; i++) {
          if (i > 0) out += ',';
          out += csvValue((columns[i] as CsvColumn<Row>).value(row));
        }
        out += '\n';
      }
      if (out) yield out;
    }
  }
  return sendCsvText(reply, opts.filename, text());
}

/**
 * Sends CSV text blocks as a download. Backpressure: the source is pulled only while the socket
 * drains. A client that goes away destroys the stream, which ends the source (its `finally` closes
 * cursors and threads).
 */
export function sendCsvText(
  reply: FastifyReply,
  filename: string,
  text: AsyncIterable<string>,
): FastifyReply {
  const source = Readable.from(text, { objectMode: false, highWaterMark: 64 * 1024 });
  const body = new PassThrough({ highWaterMark: 64 * 1024 });
  // pipeline, not pipe: a client that goes away destroys the reply stream, and that must stop the
  // walk too (the generator returns) instead of leaving a paused query behind.
  pipeline(source, body, (err) => {
    if (err && err.code !== 'ERR_STREAM_PREMATURE_CLOSE') reply.log.error({ err }, 'CSV export failed');
  });
  const name = filename.replace(/[^A-Za-z0-9._-]+/g, '_') || 'export.csv';
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${name}"`)
    .send(body);
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * `csvField(csvCell(v))` with the common cases (text, numbers) done in one pass: an export writes
 * ~20 cells per row, a million rows, and the two regular expressions per cell cost as much as
 * reading the row.
 */
export function csvValue(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (typeof v !== 'string') return csvField(csvCell(v));
  const c = v.charCodeAt(0);
  // = + - @ tab CR: a formula to a spreadsheet unless it is a number (see csvCell).
  const risky = c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
  const s = risky && Number.isNaN(Number(v)) ? `'${v}` : v;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV field (RFC 4180, as csv-stringify writes it): quoted only when it holds `"`, `,` or a line break. */
export function csvField(s: string): string {
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
