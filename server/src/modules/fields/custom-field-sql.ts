import { type RawBuilder, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { FieldType } from './fields.schemas.js';

/** Tables that hold a `custom` JSON column, by field entity (others arrive with their modules). */
export const CUSTOM_TABLES: Partial<Record<string, string>> = { person: 'people', company: 'companies' };

/**
 * The SQL expression reading one custom value from the `custom` column. Queries and the expression
 * index use the very same text, so the planner can use the index. Keys are snake_case (validated),
 * which makes them safe to inline.
 */
export function customFieldSql(dialect: Dialect, key: string, type: FieldType): string {
  const numeric = type === 'number' || type === 'money';
  if (dialect === 'sqlite') return `json_extract(custom, '$.${key}${type === 'money' ? '.amount' : ''}')`;
  if (type === 'money') return `((custom->'${key}'->>'amount')::numeric)`;
  if (numeric) return `((custom->>'${key}')::numeric)`;
  if (type === 'boolean') return `((custom->>'${key}')::boolean)`;
  return `(custom->>'${key}')`;
}

export function customFieldExpr(dialect: Dialect, key: string, type: FieldType): RawBuilder<unknown> {
  return sql.raw(customFieldSql(dialect, key, type));
}

export function customIndexName(table: string, key: string): string {
  return `cf_${table}_${key}`;
}
