import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppContext } from '../../context.js';
import { principalOf } from '../auth/auth.hook.js';
import type { Principal } from '../auth/principal.js';
import { CSV_PAGE_SIZE, type CsvColumn, streamCsv } from './csv-export.js';
import { assertCanExport } from './export-permission.js';
import type { ListPage } from './list-query.js';
import type { ListQuery, ListQueryInput } from './list-query.schema.js';

/** A CSV export that pages through the list itself (`streamCsv`). */
export interface PagedCsvExport<Row> {
  filename: string;
  /** The columns, custom fields included (hence async and given the context). */
  columns: (ctx: AppContext) => CsvColumn<Row>[] | Promise<CsvColumn<Row>[]>;
}

/** An export of its own (e.g. people: one streamed cursor instead of pages). */
export type CsvExporter = (
  ctx: AppContext,
  principal: Principal,
  query: ListQueryInput,
  reply: FastifyReply,
) => Promise<FastifyReply>;

export interface ListOrExport<Row> {
  /** `?format=csv` needs `<resource>:export` on top of the read permission the route declares. */
  resource: string;
  /** One page of what the caller may see. */
  list: (ctx: AppContext, principal: Principal, query: ListQueryInput) => Promise<ListPage<Row>>;
  csv: PagedCsvExport<Row> | CsvExporter;
}

/**
 * The GET of a record list: one page as `{ data, nextCursor }`, or with `?format=csv` the whole
 * selection (same filter, search and sort) as a CSV download.
 */
export async function listOrExport<Row>(
  ctx: AppContext,
  req: FastifyRequest & { query: ListQuery },
  reply: FastifyReply,
  route: ListOrExport<Row>,
) {
  const principal = principalOf(req);
  if (req.query.format !== 'csv') {
    const { data, nextCursor } = await route.list(ctx, principal, req.query);
    return { data, nextCursor };
  }
  assertCanExport(principal, route.resource);
  const { csv } = route;
  if (typeof csv === 'function') return csv(ctx, principal, req.query, reply);
  return streamCsv(reply, {
    columns: await csv.columns(ctx),
    filename: csv.filename,
    fetchPage: (cursor) => route.list(ctx, principal, { ...req.query, limit: CSV_PAGE_SIZE, cursor }),
  });
}
