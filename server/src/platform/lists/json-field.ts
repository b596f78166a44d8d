import { type Expression, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { FieldType } from './field-registry.js';

const KEY = /^[A-Za-z0-9_]{1,64}$/;

/**
 * A typed value inside a JSON column (custom fields), for `FieldDef.column`:
 * `json_extract(custom, '$.key')` on SQLite; `custom->>'key'` with a cast on PostgreSQL so that
 * comparisons are numeric where the type is. Booleans come out as 1/0 (stored as true/false or 1/0),
 * multiselects as the JSON array itself. JSON null reads as SQL NULL on both.
 *
 * @example registry['custom.tier'] = { type: 'select', column: jsonField('custom', 'tier', 'select') }
 */
export function jsonField(column: string, key: string, type: FieldType): (d: Dialect) => Expression<unknown> {
  // Keys end up in a JSON path; restricting them keeps the path unambiguous.
  if (!KEY.test(key)) throw new Error(`jsonField: invalid key ${JSON.stringify(key)}`);
  const col = sql.ref(column);
  return (dialect) => {
    if (dialect === 'sqlite') return sql`json_extract(${col}, ${`$.${key}`})`;
    const text = sql`(${col}->>${sql.lit(key)})`;
    switch (type) {
      case 'number':
      case 'money':
        return sql`${text}::numeric`;
      case 'datetime':
        return sql`${text}::bigint`;
      case 'boolean':
        return sql`(case when ${text} in ('true', '1') then 1 when ${text} in ('false', '0') then 0 end)`;
      case 'multiselect':
        return sql`(${col}->${sql.lit(key)})`;
      default:
        return text;
    }
  };
}
