import { type Expression, type Kysely, type SelectQueryBuilder, type SqlBool, sql } from 'kysely';
import { dialectOf } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { compileFilter } from './compile-filter.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { FieldRegistry } from './field-registry.js';
import type { ListQueryInput } from './list-query.schema.js';
import { quickSearch, type SearchHook } from './quick-search.js';
import { keysetAfter, orderByClause, parseSort } from './sort-keys.js';
import { validateFilter } from './validate-filter.js';

export interface RunListOptions<Out> {
  /** The list's rows before filtering: `db.selectFrom('people').selectAll()` (visibility applied). */
  // biome-ignore lint/suspicious/noExplicitAny: any table shape; the result is typed by mapRow.
  baseQuery: SelectQueryBuilder<any, any, any>;
  registry: FieldRegistry;
  query: ListQueryInput;
  clock: Clock;
  // biome-ignore lint/suspicious/noExplicitAny: rows are whatever baseQuery selects.
  mapRow: (row: any) => Out;
  /** The unique tie-break column (default `id`; `people.id` when joining). */
  idColumn?: string;
  /** Sort used when the query gives none (default: id order, i.e. creation order). */
  defaultSort?: string;
  searchHooks?: SearchHook[];
}

export interface ListPage<Out> {
  data: Out[];
  nextCursor: string | null;
}

const KEY = (i: number) => `sortKey${i}`;

/**
 * Runs one page of a list: filter + quick search + sort + keyset cursor + limit, on either dialect.
 *
 * @example
 * const page = await runListQuery(ctx.db, {
 *   baseQuery: ctx.db.selectFrom('people').selectAll(), registry: peopleFields,
 *   query: req.query, clock: ctx.clock, mapRow: toPersonDto,
 * });
 */
export async function runListQuery<Out>(
  // biome-ignore lint/suspicious/noExplicitAny: any database schema
  db: Kysely<any>,
  opts: RunListOptions<Out>,
): Promise<ListPage<Out>> {
  const { query } = opts;
  const { qb, keys, sortText } = buildListQuery(db, opts);
  const rows = (await qb.limit(query.limit + 1).execute()) as Record<string, unknown>[];
  const hasMore = rows.length > query.limit;
  const page = hasMore ? rows.slice(0, query.limit) : rows;
  const last = page.at(-1);
  const nextCursor =
    hasMore && last
      ? encodeCursor(
          sortText,
          keys.map((_, i) => normalise(last[KEY(i)])),
        )
      : null;
  const data = page.map((row) => {
    for (let i = 0; i < keys.length; i++) delete row[KEY(i)];
    return opts.mapRow(row);
  });
  return { data, nextCursor };
}

/**
 * The list's selection as one query: filter + quick search + cursor + order (with the sort values
 * selected as `sortKey<i>`), without a limit. `runListQuery` pages it; exports stream it whole.
 * Throws the validation errors (filter, sort, cursor) before anything runs.
 */
export function buildListQuery(
  // biome-ignore lint/suspicious/noExplicitAny: any database schema
  db: Kysely<any>,
  opts: Omit<RunListOptions<unknown>, 'mapRow'>,
  /** false: no `sortKey<i>` columns (a whole-selection export needs no cursor). */
  selectSortKeys = true,
) {
  const dialect = dialectOf(db);
  const { query, registry } = opts;
  let qb = opts.baseQuery;
  const where: Expression<SqlBool>[] = [];
  if (query.filter !== undefined) {
    where.push(compileFilter(validateFilter(query.filter, registry), registry, opts.clock, dialect));
  }
  const search = query.q ? quickSearch(query.q, registry, dialect, opts.searchHooks) : undefined;
  if (search) where.push(search);

  const sortText = query.sort ?? opts.defaultSort ?? '';
  const keys = [
    ...parseSort(sortText, registry, dialect),
    { field: 'id', desc: false, expr: sql.ref(opts.idColumn ?? 'id'), nullable: false },
  ];
  if (query.cursor) where.push(keysetAfter(keys, decodeCursor(query.cursor, sortText, keys.length)));
  for (const w of where) qb = qb.where(w);
  if (selectSortKeys) qb = qb.select(keys.map((k, i) => sql`${k.expr}`.as(KEY(i))));
  for (const k of keys) qb = qb.orderBy(orderByClause(k, dialect));
  return { qb, keys, sortText };
}

/** Sort values travel in JSON: bigint-ish strings stay strings, numbers stay numbers. */
function normalise(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'bigint') return Number(v);
  return String(v);
}
