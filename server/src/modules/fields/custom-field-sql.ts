import { type Expression, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { FieldType as ListFieldType } from '../../platform/lists/field-registry.js';
import type { FieldType } from './fields.schemas.js';

/** Tables that hold a `custom` JSON column, by field entity (others arrive with their modules). */
export const CUSTOM_TABLES: Partial<Record<string, string>> = { person: 'people', company: 'companies' };

/** How a custom field type behaves in lists (operators, CSV, sort). */
export const LIST_TYPES: Record<FieldType, ListFieldType> = {
  text: 'text',
  long_text: 'text',
  number: 'number',
  money: 'money',
  date: 'date',
  datetime: 'datetime',
  boolean: 'boolean',
  select: 'select',
  multi_select: 'multiselect',
  url: 'url',
  email: 'email',
  phone: 'phone',
  user: 'user',
};

/**
 * The SQL expression reading one custom value from the `custom` column, with the value semantics of
 * platform/lists (numbers numeric, booleans 1/0, datetimes epoch ms, money by amount). Queries and the
 * expression index use the very same literal text, so the planner can use the index (a bound JSON
 * path would not match on SQLite). Keys are snake_case (validated), which makes them safe to inline.
 */
export function customFieldSql(dialect: Dialect, key: string, type: FieldType): string {
  if (dialect === 'sqlite') return `json_extract(custom, '$.${key}${type === 'money' ? '.amount' : ''}')`;
  const text = `(custom->>'${key}')`;
  switch (type) {
    case 'number':
      return `(${text}::numeric)`;
    case 'money':
      return `((custom->'${key}'->>'amount')::numeric)`;
    case 'datetime':
      return `(${text}::bigint)`;
    case 'boolean':
      return `(case when ${text} in ('true', '1') then 1 when ${text} in ('false', '0') then 0 end)`;
    case 'multi_select':
      return `(custom->'${key}')`;
    default:
      return text;
  }
}

export function customFieldExpr(dialect: Dialect, key: string, type: FieldType): Expression<unknown> {
  return sql.raw(customFieldSql(dialect, key, type));
}

export function customIndexName(table: string, key: string): string {
  return `cf_${table}_${key}`;
}
