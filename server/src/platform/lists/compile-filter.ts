import { type Expression, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { Clock } from '../clock.js';
import { columnExpression, type FieldDef, type FieldRegistry, isStringType } from './field-registry.js';
import {
  type Condition,
  type FilterNode,
  isAnd,
  isNot,
  isOr,
  type RelativeAmount,
  type Scalar,
} from './filter-tree.js';
import { caseInsensitiveLike, likeContains, likePrefix } from './like.js';
import { subtractRelative, utcDate } from './relative-time.js';

type Bool = RawBuilder<SqlBool>;
const TRUE: Bool = sql<SqlBool>`1 = 1`;
const FALSE: Bool = sql<SqlBool>`1 = 0`;

/**
 * Compiles a validated filter tree to a WHERE expression. Values are always bound parameters.
 * Every condition is two-valued (never SQL NULL), so `not` means what users expect on both
 * dialects: `neq`/`notIn` also match empty (NULL) values, every other operator never does.
 */
export function compileFilter(
  node: FilterNode,
  registry: FieldRegistry,
  clock: Clock,
  dialect: Dialect,
): Expression<SqlBool> {
  const now = clock.now();
  const go = (n: FilterNode): Bool => {
    if (isAnd(n)) return n.and.length ? group(n.and.map(go), 'and') : TRUE;
    if (isOr(n)) return n.or.length ? group(n.or.map(go), 'or') : FALSE;
    if (isNot(n)) return sql<SqlBool>`not (${go(n.not)})`;
    const def = registry[n.field];
    if (!def) throw new Error(`compileFilter: unknown field ${n.field} (validate first)`);
    return compileCondition(n, def, dialect, now);
  };
  return go(node);
}

function group(parts: Bool[], op: 'and' | 'or'): Bool {
  return sql<SqlBool>`(${sql.join(parts, sql.raw(` ${op} `))})`;
}

function compileCondition(c: Condition, def: FieldDef, dialect: Dialect, now: number): Bool {
  const plain = columnExpression(def, dialect);
  // Unary + hides the expression from SQLite's index matching (see FieldDef.lowCardinality).
  const col = def.lowCardinality && dialect === 'sqlite' ? sql`+${plain}` : plain;
  if (def.type === 'multiselect') return multiselect(c, col, dialect);
  const v = c.value as Scalar;
  const list = c.value as Scalar[];
  const some = (cond: Bool) => sql<SqlBool>`(${col} is not null and ${cond})`;
  const instant = (r: RelativeAmount) => {
    const ms = subtractRelative(now, r);
    return def.type === 'date' ? [utcDate(ms), utcDate(now)] : [ms, now];
  };
  switch (c.op) {
    case 'eq':
      return some(sql`${col} = ${v}`);
    case 'neq':
      return sql<SqlBool>`(${col} is null or ${col} <> ${v})`;
    case 'in':
      return some(sql`${col} in (${sql.join(list)})`);
    case 'notIn':
      return sql<SqlBool>`(${col} is null or ${col} not in (${sql.join(list)}))`;
    case 'contains':
      return some(caseInsensitiveLike(col, likeContains(String(v)), dialect));
    case 'startsWith':
      return some(caseInsensitiveLike(col, likePrefix(String(v)), dialect));
    case 'gt':
    case 'after':
      return some(sql`${col} > ${v}`);
    case 'gte':
      return some(sql`${col} >= ${v}`);
    case 'lt':
    case 'before':
      return some(sql`${col} < ${v}`);
    case 'lte':
      return some(sql`${col} <= ${v}`);
    case 'between':
      return some(sql`${col} >= ${list[0]} and ${col} <= ${list[1]}`);
    case 'withinLast': {
      const [from, to] = instant(c.value as RelativeAmount);
      return some(sql`${col} >= ${from} and ${col} <= ${to}`);
    }
    case 'olderThan':
      return some(sql`${col} < ${instant(c.value as RelativeAmount)[0]}`);
    case 'isEmpty':
      return isStringType(def.type)
        ? sql<SqlBool>`(${col} is null or ${col} = '')`
        : sql<SqlBool>`${col} is null`;
    case 'isNotEmpty':
      return isStringType(def.type)
        ? sql<SqlBool>`(${col} is not null and ${col} <> '')`
        : sql<SqlBool>`${col} is not null`;
  }
  throw new Error(`compileFilter: unhandled operator ${c.op}`);
}

/** Multiselect values are JSON arrays; `in` = has any of the values, `notIn` = has none. */
function multiselect(c: Condition, col: Expression<unknown>, dialect: Dialect): Bool {
  const values = (c.value ?? []) as string[];
  const hasAny =
    dialect === 'sqlite'
      ? sql<SqlBool>`exists (select 1 from json_each(${col}) where json_each.value in (${sql.join(values)}))`
      : sql<SqlBool>`coalesce(${col} ?| ${values}::text[], false)`;
  const size =
    dialect === 'sqlite'
      ? sql`coalesce(json_array_length(${col}), 0)`
      : sql`coalesce(jsonb_array_length(case when jsonb_typeof(${col}) = 'array' then ${col} end), 0)`;
  switch (c.op) {
    case 'in':
      return hasAny;
    case 'notIn':
      return sql<SqlBool>`not ${hasAny}`;
    case 'isEmpty':
      return sql<SqlBool>`${size} = 0`;
    case 'isNotEmpty':
      return sql<SqlBool>`${size} > 0`;
  }
  throw new Error(`compileFilter: operator ${c.op} is not valid for multiselect`);
}
