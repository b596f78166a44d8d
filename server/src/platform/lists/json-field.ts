import { type Expression, type RawBuilder, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { FieldType } from './field-registry.js';

const KEY = /^[A-Za-z0-9_]{1,64}$/;

/**
 * A typed value inside a JSON column (custom fields), for `FieldDef.column`:
 * `json_extract(custom, '$.key')` on SQLite, `custom->>'key'` with a cast on PostgreSQL, so that
 * comparisons are numeric where the type is. A value of the wrong JSON type (a string in a number
 * field, a number in a text field) reads as NULL on both dialects rather than failing a cast on one
 * and comparing oddly on the other. Booleans read as 1/0 (stored as true/false or 1/0), multiselects
 * as the JSON array itself. JSON null reads as NULL.
 *
 * @example registry['custom.tier'] = { type: 'select', column: jsonField('custom', 'tier', 'select') }
 */
export function jsonField(column: string, key: string, type: FieldType): (d: Dialect) => Expression<unknown> {
  // Keys end up in a JSON path or as a literal (so PostgreSQL expression indexes can match).
  if (!KEY.test(key)) throw new Error(`jsonField: invalid key ${JSON.stringify(key)}`);
  const col = sql.ref(column);
  return (dialect) => (dialect === 'sqlite' ? sqliteField(col, `$.${key}`, type) : pgField(col, key, type));
}

function sqliteField(col: RawBuilder<unknown> | Expression<unknown>, path: string, type: FieldType) {
  const value = sql`json_extract(${col}, ${path})`;
  const kind = sql`json_type(${col}, ${path})`;
  switch (type) {
    case 'number':
    case 'money':
      return sql`(case when ${kind} in ('integer', 'real') then ${value} end)`;
    case 'datetime':
      return sql`(case when ${kind} = 'integer' then ${value} end)`;
    case 'boolean':
      return sql`(case ${kind} when 'true' then 1 when 'false' then 0 when 'integer' then (case ${value} when 1 then 1 when 0 then 0 end) end)`;
    case 'multiselect':
      return sql`(case when ${kind} = 'array' then ${value} end)`;
    default:
      return sql`(case when ${kind} = 'text' then ${value} end)`;
  }
}

function pgField(col: RawBuilder<unknown> | Expression<unknown>, key: string, type: FieldType) {
  const json = sql`(${col}->${sql.lit(key)})`;
  const text = sql`(${col}->>${sql.lit(key)})`;
  const kind = sql`jsonb_typeof(${json})`;
  switch (type) {
    case 'number':
    case 'money':
      return sql`(case when ${kind} = 'number' then ${text}::numeric end)`;
    case 'datetime':
      return sql`(case when ${kind} = 'number' and ${text} ~ '^-?[0-9]+$' then ${text}::bigint end)`;
    case 'boolean':
      return sql`(case when ${kind} = 'boolean' then (case when ${text} = 'true' then 1 else 0 end) when ${kind} = 'number' then (case ${text} when '1' then 1 when '0' then 0 end) end)`;
    case 'multiselect':
      return sql`(case when ${kind} = 'array' then ${json} end)`;
    default:
      return sql`(case when ${kind} = 'string' then ${text} end)`;
  }
}
