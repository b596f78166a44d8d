import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import { AppError, type FieldErrorCode, type FieldErrorParams } from '../errors.js';
import { columnExpression, type FieldRegistry } from './field-registry.js';

export interface SortKey {
  field: string;
  desc: boolean;
  expr: Expression<unknown>;
  /** false: the value is never NULL, so no NULLS LAST / `is null` handling (index-friendly). */
  nullable?: boolean;
}

/**
 * Parses `sort` (`name`, `-amount`, `-createdAt,name`) against the registry. The caller appends the
 * id tie-break, so every order is total and keyset pagination never skips or repeats a row.
 */
export function parseSort(sort: string | undefined, registry: FieldRegistry, dialect: Dialect): SortKey[] {
  if (!sort) return [];
  const parts = sort.split(',').map((s) => s.trim());
  if (parts.length > MAX_SORT_FIELDS)
    throw sortError(`at most ${MAX_SORT_FIELDS} sort fields`, 'too_many_values', {
      maximum: MAX_SORT_FIELDS,
    });
  const seen = new Set<string>();
  return parts.map((part) => {
    const desc = part.startsWith('-');
    const field = desc ? part.slice(1) : part;
    const def = registry[field];
    if (!def) throw sortError(`unknown field "${field}"`, 'unknown_field', { field });
    if (!def.sortable) throw sortError(`field "${field}" is not sortable`, 'not_sortable', { field });
    if (def.type === 'multiselect')
      throw sortError(`field "${field}" holds several values and cannot sort`, 'not_sortable', { field });
    if (seen.has(field)) throw sortError(`field "${field}" appears twice`, 'duplicate_values', { field });
    seen.add(field);
    return { field, desc, expr: columnExpression(def, dialect), nullable: def.nullable };
  });
}

const MAX_SORT_FIELDS = 5;

function sortError(message: string, code: FieldErrorCode, params: FieldErrorParams) {
  return new AppError('validation_failed', `sort: ${message}`, {
    errors: [{ path: 'sort', message, code, params }],
  });
}

/**
 * ORDER BY with NULLs last in both directions on both dialects (PostgreSQL's default puts them
 * first for DESC, SQLite's last; empty values at the end is what users expect either way).
 * Never-NULL keys: SQLite gets no NULLS LAST (with it, it cannot read the order from an index);
 * PostgreSQL keeps it, because its planner matches NULLS placement literally, NOT NULL or not, and
 * every descending index here is `desc nulls last` (`people_created`, custom-field indexes, …).
 */
export function orderByClause(
  key: { expr: Expression<unknown>; desc: boolean; nullable?: boolean },
  dialect: Dialect = 'sqlite',
): RawBuilder<unknown> {
  const nulls = key.nullable === false && dialect === 'sqlite' ? '' : ' nulls last';
  return sql`${key.expr} ${sql.raw(`${key.desc ? 'desc' : 'asc'}${nulls}`)}`;
}

/**
 * The keyset condition "strictly after the cursor row" for a mixed asc/desc order with NULLs last:
 * OR over i of (k1 = v1 and … and k(i-1) = v(i-1) and ki after vi). A NULL cursor value has nothing
 * after it within its key (NULLs come last), and equality with NULL is `is null`.
 */
export function keysetAfter(
  keys: { expr: Expression<unknown>; desc: boolean; nullable?: boolean }[],
  values: unknown[],
): RawBuilder<SqlBool> {
  const branches: RawBuilder<SqlBool>[] = [];
  const equal: RawBuilder<SqlBool>[] = [];
  keys.forEach((k, i) => {
    const v = values[i];
    if (v !== null) {
      const after = k.desc ? sql`${k.expr} < ${v}` : sql`${k.expr} > ${v}`;
      const cond =
        k.nullable === false ? sql<SqlBool>`${after}` : sql<SqlBool>`(${after} or ${k.expr} is null)`;
      branches.push(equal.length ? sql<SqlBool>`(${sql.join([...equal, cond], sql` and `)})` : cond);
    }
    equal.push(v === null ? sql<SqlBool>`${k.expr} is null` : sql<SqlBool>`${k.expr} = ${v}`);
  });
  return branches.length ? sql<SqlBool>`(${sql.join(branches, sql` or `)})` : sql<SqlBool>`1 = 0`;
}
