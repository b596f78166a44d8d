import { type Expression, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';

/** The value kinds a list field can hold; each has its own operators (see `OPERATORS_BY_TYPE`). */
export const FIELD_TYPES = [
  'text',
  'number',
  'money',
  'date',
  'datetime',
  'boolean',
  'select',
  'multiselect',
  'email',
  'phone',
  'url',
  'user',
] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * Where a field's value comes from: a column name (`city`, `people.city`, camelCase like everywhere
 * in Kysely) or a dialect-aware expression, e.g. `jsonField('custom', 'tier', 'select')`.
 */
export type ColumnSource = string | ((dialect: Dialect) => Expression<unknown>);

export interface FieldDef {
  type: FieldType;
  column: ColumnSource;
  sortable?: boolean;
  /** Quick search (`q`) looks here: `true`/`'contains'` matches anywhere, `'prefix'` at the start. */
  searchable?: boolean | 'contains' | 'prefix';
  /** Allowed values of select/multiselect fields; filter values outside it are a 400. */
  options?: readonly string[];
  /**
   * `false` for columns that are never NULL (ids, created_at): sorts and cursors then skip the
   * NULLS LAST handling, which would keep SQLite from reading the order from an index.
   */
  nullable?: boolean;
  /**
   * Few distinct values (a select, a boolean): on SQLite a filter on it is kept off its index, so
   * the planner walks the sort's index and stops at the page instead of sorting a third of the table.
   */
  lowCardinality?: boolean;
}

/** What a list exposes to filters, sorts and quick search: public field name → definition. */
export type FieldRegistry = Record<string, FieldDef>;

/**
 * Each type's operators. `in`/`notIn` on multiselect mean "has any of" / "has none of".
 * Text has no range operators: collations differ between SQLite and PostgreSQL, ranges would not.
 */
export const OPERATORS_BY_TYPE: Record<FieldType, readonly string[]> = {
  text: ['eq', 'neq', 'in', 'notIn', 'contains', 'startsWith', 'isEmpty', 'isNotEmpty'],
  email: ['eq', 'neq', 'in', 'notIn', 'contains', 'startsWith', 'isEmpty', 'isNotEmpty'],
  phone: ['eq', 'neq', 'in', 'notIn', 'contains', 'startsWith', 'isEmpty', 'isNotEmpty'],
  url: ['eq', 'neq', 'in', 'notIn', 'contains', 'startsWith', 'isEmpty', 'isNotEmpty'],
  number: ['eq', 'neq', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  money: ['eq', 'neq', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'],
  date: [
    ...['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'before', 'after'],
    ...['withinLast', 'olderThan', 'isEmpty', 'isNotEmpty'],
  ],
  datetime: [
    ...['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'before', 'after'],
    ...['withinLast', 'olderThan', 'isEmpty', 'isNotEmpty'],
  ],
  boolean: ['eq', 'neq', 'isEmpty', 'isNotEmpty'],
  select: ['eq', 'neq', 'in', 'notIn', 'isEmpty', 'isNotEmpty'],
  user: ['eq', 'neq', 'in', 'notIn', 'isEmpty', 'isNotEmpty'],
  multiselect: ['in', 'notIn', 'isEmpty', 'isNotEmpty'],
};

/** The SQL expression of a field for a dialect. */
export function columnExpression(def: FieldDef, dialect: Dialect): Expression<unknown> {
  return typeof def.column === 'string' ? sql.ref(def.column) : def.column(dialect);
}

/** Types whose empty value is '' as well as NULL. */
export const isStringType = (t: FieldType) =>
  t === 'text' || t === 'email' || t === 'phone' || t === 'url' || t === 'select' || t === 'user';
