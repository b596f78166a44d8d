import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../context.js';
import { fromJson } from '../../db/json.js';
import { streamRows } from '../../db/stream-rows.js';
import type { Principal } from '../../platform/auth/principal.js';
import { type CsvColumn, streamCsvChunks } from '../../platform/lists/csv-export.js';
import { buildListQuery } from '../../platform/lists/list-query.js';
import type { ListQueryInput } from '../../platform/lists/list-query.schema.js';
import { listFields } from '../fields/fields.repository.js';
import { peopleListOptions } from './list-people.js';
import type { PeopleTable } from './people.table.js';

/** Rows per cursor fetch and per CSV text block. */
const EXPORT_CHUNK = 1000;

/** CSV columns straight from a `people` column (the primary email/phone live on the row). */
const PLAIN: (keyof PeopleTable)[] = [
  'id',
  'firstName',
  'lastName',
  'middleName',
  'email',
  'phone',
  'birthday',
  'gender',
  'language',
  'timeZone',
  'tags',
  'ownerId',
  'lifecycleStage',
  'source',
  'preferredChannel',
];
/** Everything the export reads; not `people.*` (search keys, versions, tombstone columns are not exported). */
const SELECTED = [...PLAIN, 'address', 'custom', 'createdAt'] as const;

/** One row as the cursor returns it (an array in `SELECTED` order), JSON columns parsed once. */
interface ExportRow {
  cells: unknown[];
  address: { city?: unknown; country?: unknown } | null;
  custom: Record<string, unknown>;
}

/** Most people have no tags: skip JSON.parse for the empty list. */
const tagsOf = (v: unknown) => (v === '[]' ? '' : fromJson(v));

/**
 * `GET /api/v1/people?format=csv`: the list's selection (visibility, filter, quick search, sort)
 * streamed as ONE cursor (`streamRows`) and written as CSV a chunk at a time as the client reads:
 * constant memory, no per-page re-planning, no side-table hydration (nothing exported needs it).
 * The query is built, and so validated, before the response starts: a bad filter is still a 400.
 */
export async function exportPeopleCsv(
  ctx: AppContext,
  principal: Principal,
  query: ListQueryInput,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const defs = await listFields(ctx.db, 'person');
  const opts = await peopleListOptions(ctx, principal, { ...query, cursor: undefined }, defs);
  opts.baseQuery = opts.baseQuery.clearSelect().select(SELECTED.map((c) => `people.${c}` as const));
  const compiled = buildListQuery(ctx.db, opts, false).qb.compile();
  // Positions in the cursor's rows, from its column names (set on the first chunk).
  const at: Record<string, number> = {};
  const columns: CsvColumn<ExportRow>[] = [
    ...PLAIN.map((k) =>
      k === 'tags'
        ? { header: k, value: (r: ExportRow) => tagsOf(r.cells[at[k] as number]) }
        : { header: k, value: (r: ExportRow) => r.cells[at[k] as number] },
    ),
    { header: 'city', value: (r) => r.address?.city },
    { header: 'country', value: (r) => r.address?.country },
    ...defs.map((d) => ({ header: `custom.${d.key}`, value: (r: ExportRow) => r.custom[d.key] })),
    { header: 'createdAt', value: (r) => new Date(Number(r.cells[at.createdAt as number])).toISOString() },
  ];
  async function* chunks(): AsyncGenerator<ExportRow[]> {
    for await (const chunk of streamRows(ctx.db, compiled, EXPORT_CHUNK)) {
      if (at.id === undefined) for (const [i, c] of chunk.columns.entries()) at[c] = i;
      const address = at.address as number;
      const custom = at.custom as number;
      yield chunk.rows.map((cells) => ({
        cells,
        address: cells[address] == null ? null : fromJson(cells[address]),
        custom: fromJson<Record<string, unknown>>(cells[custom]) ?? {},
      }));
    }
  }
  return streamCsvChunks(reply, { filename: 'people.csv', columns, chunks: chunks() });
}
