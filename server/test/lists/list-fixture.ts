import { type Kysely, sql } from 'kysely';
import { DateTime } from 'luxon';
import { fromJson, toJson } from '../../src/db/json.js';
import { jsonType } from '../../src/db/portable.js';
import type { FieldRegistry } from '../../src/platform/lists/field-registry.js';
import type { FilterNode } from '../../src/platform/lists/filter-tree.js';
import { jsonField } from '../../src/platform/lists/json-field.js';

/** A throwaway table with every field type, including custom fields in a JSON column. */
export interface Item {
  id: string;
  name: string | null;
  city: string | null;
  email: string | null;
  amount: number | null;
  score: number | null;
  born: string | null;
  seenAt: number | null;
  active: number | null;
  stage: string | null;
  tags: string[] | null;
  ownerId: string | null;
  custom: Record<string, unknown> | null;
}

// biome-ignore lint/suspicious/noExplicitAny: a table outside the app's Database interface
export type AnyDb = Kysely<any>;

export async function createItemsTable(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('list_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text')
    .addColumn('city', 'text')
    .addColumn('email', 'text')
    .addColumn('amount', 'bigint')
    .addColumn('score', 'double precision')
    .addColumn('born', 'text')
    .addColumn('seen_at', 'bigint')
    .addColumn('active', 'integer')
    .addColumn('stage', 'text')
    .addColumn('tags', jsonType(db))
    .addColumn('owner_id', 'text')
    .addColumn('custom', jsonType(db))
    .execute();
}

export async function insertItems(db: AnyDb, items: Item[]): Promise<void> {
  for (let i = 0; i < items.length; i += 500) {
    const batch = items.slice(i, i + 500).map((it) => ({
      ...it,
      tags: it.tags === null ? null : toJson(it.tags),
      custom: it.custom === null ? null : toJson(it.custom),
    }));
    if (batch.length) await db.insertInto('list_items').values(batch).execute();
  }
}

export const readItem = (row: Record<string, unknown>): Item =>
  ({
    ...row,
    tags: row.tags === null ? null : fromJson(row.tags),
    custom: row.custom === null ? null : fromJson(row.custom),
  }) as Item;

export const itemFields: FieldRegistry = {
  name: { type: 'text', column: 'name', sortable: true, searchable: true },
  city: { type: 'text', column: 'city', sortable: true, searchable: 'prefix' },
  email: { type: 'email', column: 'email', searchable: true },
  amount: { type: 'money', column: 'amount', sortable: true },
  score: { type: 'number', column: 'score', sortable: true },
  born: { type: 'date', column: 'born', sortable: true },
  seenAt: { type: 'datetime', column: 'seenAt', sortable: true },
  active: { type: 'boolean', column: 'active', sortable: true },
  stage: { type: 'select', column: 'stage', sortable: true, options: ['lead', 'won', 'lost'] },
  tags: { type: 'multiselect', column: 'tags', options: ['vip', 'new', 'b2b'] },
  owner: { type: 'user', column: 'ownerId' },
  'custom.level': { type: 'number', column: jsonField('custom', 'level', 'number'), sortable: true },
  'custom.tier': {
    type: 'select',
    column: jsonField('custom', 'tier', 'select'),
    options: ['gold', 'silver'],
  },
  'custom.vip': { type: 'boolean', column: jsonField('custom', 'vip', 'boolean') },
  'custom.joined': { type: 'date', column: jsonField('custom', 'joined', 'date'), sortable: true },
  'custom.ts': { type: 'datetime', column: jsonField('custom', 'ts', 'datetime') },
  'custom.labels': { type: 'multiselect', column: jsonField('custom', 'labels', 'multiselect') },
  'custom.note': { type: 'text', column: jsonField('custom', 'note', 'text'), searchable: true },
};

const TOP: Record<string, keyof Item> = { owner: 'ownerId' };

/** A field's value as the reference evaluator sees it (custom booleans as 1/0, missing as null). */
export function itemValue(item: Item, field: string): unknown {
  if (!field.startsWith('custom.')) return item[TOP[field] ?? (field as keyof Item)] ?? null;
  // Custom values of the wrong JSON type read as empty (see jsonField).
  const v = item.custom?.[field.slice(7)];
  switch (itemFields[field]?.type) {
    case 'number':
    case 'money':
      return typeof v === 'number' ? v : null;
    case 'datetime':
      return Number.isInteger(v) ? v : null;
    case 'boolean':
      return v === true || v === 1 ? 1 : v === false || v === 0 ? 0 : null;
    case 'multiselect':
      return Array.isArray(v) ? v : null;
    default:
      return typeof v === 'string' ? v : null;
  }
}

/** The in-memory reference: what a filter means, written independently of the SQL compiler. */
export function evaluate(node: FilterNode, item: Item, now: number): boolean {
  if ('and' in node) return node.and.every((n) => evaluate(n, item, now));
  if ('or' in node) return node.or.some((n) => evaluate(n, item, now));
  if ('not' in node) return !evaluate(node.not, item, now);
  const type = itemFields[node.field]?.type;
  const v = itemValue(item, node.field) as never;
  const x = node.value as never;
  const list = (node.value ?? []) as unknown[];
  if (type === 'multiselect') {
    const arr: unknown[] = Array.isArray(v) ? v : [];
    const any = arr.some((e) => list.includes(e));
    return { in: any, notIn: !any, isEmpty: arr.length === 0, isNotEmpty: arr.length > 0 }[
      node.op as 'in'
    ] as boolean;
  }
  const stringy = ['text', 'email', 'phone', 'url', 'select', 'user'].includes(type as string);
  const empty = v === null || (stringy && v === '');
  const rel = (r: { amount: number; unit: string }) => {
    const t = DateTime.fromMillis(now, { zone: 'utc' }).minus({ [`${r.unit}s`]: r.amount });
    return type === 'date'
      ? [t.toISODate(), DateTime.fromMillis(now, { zone: 'utc' }).toISODate()]
      : [t.toMillis(), now];
  };
  if (node.op === 'isEmpty') return empty;
  if (node.op === 'isNotEmpty') return !empty;
  if (node.op === 'neq') return v === null || v !== x;
  if (node.op === 'notIn') return v === null || !list.includes(v);
  if (v === null) return false;
  switch (node.op) {
    case 'eq':
      return v === x;
    case 'in':
      return list.includes(v);
    case 'contains':
      return (v as string).toLowerCase().includes((x as string).toLowerCase());
    case 'startsWith':
      return (v as string).toLowerCase().startsWith((x as string).toLowerCase());
    case 'gt':
    case 'after':
      return v > x;
    case 'gte':
      return v >= x;
    case 'lt':
    case 'before':
      return v < x;
    case 'lte':
      return v <= x;
    case 'between':
      return v >= (list[0] as never) && v <= (list[1] as never);
    case 'withinLast': {
      const [from, to] = rel(x);
      return v >= (from as never) && v <= (to as never);
    }
    case 'olderThan':
      return v < (rel(x)[0] as never);
  }
  throw new Error(`reference: unhandled ${node.op}`);
}

export const selectItems = (db: AnyDb) => db.selectFrom('list_items').selectAll();
export const dropItems = (db: AnyDb) => sql`drop table if exists list_items`.execute(db);
