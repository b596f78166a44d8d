import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../context.js';
import { streamCsvLines } from '../../db/stream-rows.js';
import type { Principal } from '../../platform/auth/principal.js';
import { validationError } from '../../platform/errors.js';
import { sendCsvText } from '../../platform/lists/csv-export.js';
import type { CsvPlanColumn } from '../../platform/lists/csv-plan.js';
import { buildListQuery } from '../../platform/lists/list-query.js';
import type { ListQueryInput } from '../../platform/lists/list-query.schema.js';
import { listFields } from '../fields/fields.repository.js';
import type { FieldDefinition } from '../fields/fields.schemas.js';
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
const SELECTED = [...PLAIN, 'address', 'custom', 'createdAt', 'updatedAt'] as const;

/**
 * `GET /api/v1/people?format=csv`: the list's selection (visibility, filter, quick search, sort)
 * streamed as ONE cursor (`streamCsvLines`; on SQLite read and encoded in a worker thread) and
 * written as CSV a chunk at a time as the client reads: constant memory, no per-page re-planning, no side-table hydration (nothing exported needs it).
 * The query is built, and so validated, before the response starts: a bad filter is still a 400.
 */
export async function exportPeopleCsv(
  ctx: AppContext,
  principal: Principal,
  query: ListQueryInput & { columns?: string[] },
  reply: FastifyReply,
): Promise<FastifyReply> {
  const defs = await listFields(ctx.db, 'person');
  const columns = query.columns;
  const opts = await peopleListOptions(ctx, principal, { ...query, cursor: undefined }, defs);
  opts.baseQuery = opts.baseQuery.clearSelect().select(SELECTED.map((c) => `people.${c}` as const));
  const compiled = buildListQuery(ctx.db, opts, false).qb.compile();
  const plan = exportPlan(defs, columns);
  return sendCsvText(reply, 'people.csv', streamCsvLines(ctx.db, compiled, plan, EXPORT_CHUNK));
}

/** Every column of a full export, by the name a list column (or `?columns=`) uses for it. */
function allColumns(defs: FieldDefinition[]): Map<string, CsvPlanColumn[]> {
  const all = new Map<string, CsvPlanColumn[]>(
    PLAIN.map((k) => [k, [k === 'tags' ? { header: k, column: k, as: 'json' } : { header: k, column: k }]]),
  );
  all.set('city', [{ header: 'city', column: 'address', key: 'city' }]);
  all.set('country', [{ header: 'country', column: 'address', key: 'country' }]);
  for (const d of defs)
    all.set(`custom.${d.key}`, [{ header: `custom.${d.key}`, column: 'custom', key: d.key }]);
  all.set('createdAt', [{ header: 'createdAt', column: 'createdAt', as: 'isoDate' }]);
  all.set('updatedAt', [{ header: 'updatedAt', column: 'updatedAt', as: 'isoDate' }]);
  // The list's "name" column is the name fields.
  all.set('name', [...all.get('firstName')!, ...all.get('middleName')!, ...all.get('lastName')!]);
  return all;
}

/**
 * The export's columns: all of them (`updatedAt` and the `name` alias aside), or the `?columns=` a
 * view shows, in its order, after `id` (which keeps rows matchable). An unknown name is a 400.
 */
export function exportPlan(defs: FieldDefinition[], columns?: string[]): CsvPlanColumn[] {
  const all = allColumns(defs);
  if (!columns?.length)
    return [...all].filter(([name]) => name !== 'name' && name !== 'updatedAt').flatMap(([, c]) => c);
  const unknown = columns.find((c) => !all.has(c));
  if (unknown)
    throw validationError('columns', `has no column ${unknown}`, 'unknown_field', { field: unknown });
  return [...new Set(['id', ...columns])].flatMap((c) => all.get(c)!);
}
