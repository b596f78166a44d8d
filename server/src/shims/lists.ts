// TEMPORARY stand-in for feat/lists (platform/lists). Delete after merging feat/lists; the exported
// names follow the agreed contract (FieldRegistry, listQuerySchema, runListQuery, streamCsv).
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';
import { type RawBuilder, type SelectQueryBuilder, sql } from 'kysely';
import { z } from 'zod';
import type { Executor } from '../db/database.js';
import { AppError } from '../platform/errors.js';

export type FieldType = 'string' | 'number' | 'boolean' | 'date' | 'datetime' | 'json';
export interface FieldDef {
  type: FieldType;
  column: RawBuilder<unknown>;
  sortable?: boolean;
  searchable?: boolean;
}
export type FieldRegistry = Record<string, FieldDef>;

export const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional(),
  sort: z.string().optional(),
  filter: z.string().optional(),
  q: z.string().optional(),
  format: z.enum(['json', 'csv']).optional(),
});
export type ListQuery = z.infer<typeof listQuerySchema>;

type Node = { and?: Node[]; or?: Node[]; not?: Node; field?: string; op?: string; value?: unknown };
const OPS: Record<string, string> = { eq: '=', ne: '<>', gt: '>', gte: '>=', lt: '<', lte: '<=' };

function compile(node: Node, reg: FieldRegistry, bool: (v: boolean) => unknown): RawBuilder<boolean> {
  if (node.and)
    return sql<boolean>`(${sql.join(
      node.and.map((n) => compile(n, reg, bool)),
      sql` and `,
    )})`;
  if (node.or)
    return sql<boolean>`(${sql.join(
      node.or.map((n) => compile(n, reg, bool)),
      sql` or `,
    )})`;
  if (node.not) return sql<boolean>`not (${compile(node.not, reg, bool)})`;
  const def = node.field ? reg[node.field] : undefined;
  if (!def) throw new AppError('invalid_filter', `Unknown filter field ${node.field}`);
  const v = typeof node.value === 'boolean' ? bool(node.value) : node.value;
  const op = node.op ?? 'eq';
  if (op in OPS) return sql<boolean>`${def.column} ${sql.raw(OPS[op] as string)} ${v}`;
  if (op === 'in' && Array.isArray(v) && v.length) return sql<boolean>`${def.column} in (${sql.join(v)})`;
  if (op === 'contains') return sql<boolean>`lower(${def.column}) like ${`%${String(v).toLowerCase()}%`}`;
  if (op === 'startsWith') return sql<boolean>`lower(${def.column}) like ${`${String(v).toLowerCase()}%`}`;
  if (op === 'empty') return sql<boolean>`${def.column} is ${sql.raw(v ? '' : 'not ')}null`;
  throw new AppError('invalid_filter', `Unknown filter operator ${op} on ${node.field}`);
}

export async function runListQuery<R>(
  _db: Executor,
  opts: {
    baseQuery: SelectQueryBuilder<any, any, any>;
    registry: FieldRegistry;
    query: ListQuery;
    dialect: 'sqlite' | 'postgres';
    mapRow: (row: any) => R;
  },
): Promise<{ data: R[]; nextCursor: string | null }> {
  const { registry, query } = opts;
  let qb = opts.baseQuery;
  if (query.filter) {
    let tree: Node;
    try {
      tree = JSON.parse(query.filter) as Node;
    } catch {
      throw new AppError('invalid_filter', 'filter is not valid JSON');
    }
    const bool = (b: boolean) => (opts.dialect === 'sqlite' ? (b ? 1 : 0) : b);
    qb = qb.where(compile(tree, registry, bool));
  }
  const sortKey = query.sort?.replace(/^-/, '');
  const dir = query.sort?.startsWith('-') ? sql`desc` : sql`asc`;
  if (sortKey) {
    const def = registry[sortKey];
    if (!def || def.sortable === false) throw new AppError('invalid_filter', `Cannot sort by ${sortKey}`);
    qb = qb.orderBy(sql`${def.column} ${dir}`);
  }
  const offset = query.cursor ? Number(Buffer.from(query.cursor, 'base64url').toString()) || 0 : 0;
  const rows = await qb
    .orderBy(sql`id ${sortKey ? dir : sql`desc`}`)
    .limit(query.limit + 1)
    .offset(offset)
    .execute();
  const more = rows.length > query.limit;
  const data = rows.slice(0, query.limit).map(opts.mapRow);
  const next = more ? Buffer.from(String(offset + query.limit)).toString('base64url') : null;
  return { data, nextCursor: next };
}

export interface CsvColumn<R> {
  header: string;
  value: (row: R) => unknown;
}

/** Streams pages as CSV; fetchPage(cursor) returns one list page. */
export async function streamCsv<R>(
  reply: FastifyReply,
  opts: {
    columns: CsvColumn<R>[];
    fetchPage: (cursor: string | null) => Promise<{ data: R[]; nextCursor: string | null }>;
    filename?: string;
  },
): Promise<void> {
  const cell = (v: unknown) => (v == null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v));
  let out = stringify([opts.columns.map((c) => c.header)]);
  let cursor: string | null = null;
  do {
    const page = await opts.fetchPage(cursor);
    out += stringify(page.data.map((r) => opts.columns.map((c) => cell(c.value(r)))));
    cursor = page.nextCursor;
  } while (cursor);
  reply.header('content-disposition', `attachment; filename="${opts.filename ?? 'export.csv'}"`);
  reply.type('text/csv; charset=utf-8').send(out);
}
