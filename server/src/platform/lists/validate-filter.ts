import type { z } from 'zod';
import { AppError, type FieldError, type FieldErrorCode, type FieldErrorParams } from '../errors.js';
import { type FieldDef, type FieldRegistry, isStringType, OPERATORS_BY_TYPE } from './field-registry.js';
import {
  type Condition,
  conditionSchema,
  type FilterNode,
  MAX_DEPTH,
  MAX_NODES,
  relativeAmountSchema,
  type Scalar,
} from './filter-tree.js';

const MAX_LIST = 500;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks a parsed filter JSON against the registry and returns it normalised (datetimes as epoch ms,
 * booleans as 0/1). Every problem names its node as a JSON path (`filter.and[1].or[0].op`) and its
 * kind (`code`, `params`) in a 400 `invalid_filter`.
 */
export function validateFilter(raw: unknown, registry: FieldRegistry, root = 'filter'): FilterNode {
  const errors: FieldError[] = [];
  let nodes = 0;
  const fail = (path: string, message: string, code: FieldErrorCode, params?: FieldErrorParams) => {
    errors.push({ path, message, code, ...(params ? { params } : {}) });
    return undefined;
  };

  const walk = (node: unknown, path: string, depth: number): FilterNode | undefined => {
    if (++nodes > MAX_NODES)
      return fail(path, `the filter has more than ${MAX_NODES} nodes`, 'filter_too_large', {
        maximum: MAX_NODES,
      });
    if (depth > MAX_DEPTH)
      return fail(path, `the filter is nested deeper than ${MAX_DEPTH} levels`, 'filter_too_deep', {
        maximum: MAX_DEPTH,
      });
    if (typeof node !== 'object' || node === null || Array.isArray(node)) {
      return fail(
        path,
        'expected an object: {"and":[…]}, {"or":[…]}, {"not":…} or a condition',
        'invalid_format',
      );
    }
    const keys = Object.keys(node);
    const group = keys.find((k) => k === 'and' || k === 'or');
    if (group) {
      if (keys.length !== 1) return fail(path, `"${group}" must be the node's only key`, 'invalid_format');
      const items = (node as Record<string, unknown>)[group];
      if (!Array.isArray(items))
        return fail(`${path}.${group}`, 'expected an array of filter nodes', 'invalid_format');
      const children = items.map((c, i) => walk(c, `${path}.${group}[${i}]`, depth + 1));
      return { [group]: children } as FilterNode;
    }
    if (keys.includes('not')) {
      if (keys.length !== 1) return fail(path, '"not" must be the node\'s only key', 'invalid_format');
      const child = walk((node as { not: unknown }).not, `${path}.not`, depth + 1);
      return child && { not: child };
    }
    return condition(node, path);
  };

  const condition = (node: object, path: string): Condition | undefined => {
    const parsed = conditionSchema.safeParse(node);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const where = issue.path.length ? `${path}.${issue.path.join('.')}` : path;
        fail(where, issue.message, ...conditionIssueKind(issue));
      }
      return undefined;
    }
    const { field, op, value } = parsed.data;
    const def = registry[field];
    if (!def) return fail(`${path}.field`, `unknown field "${field}"`, 'unknown_field', { field });
    if (!OPERATORS_BY_TYPE[def.type].includes(op)) {
      return fail(
        `${path}.op`,
        `operator "${op}" is not valid for ${def.type} field "${field}"`,
        'invalid_operator',
        { op, field, type: def.type },
      );
    }
    const checked = checkValue(def, field, op, value, (m, code, params) =>
      fail(`${path}.value`, m, code, params),
    );
    return checked === undefined ? undefined : { field, op, ...(checked === NONE ? {} : { value: checked }) };
  };

  const tree = walk(raw, root, 1);
  if (errors.length || !tree) {
    const shown = errors.slice(0, 20);
    throw new AppError('invalid_filter', shown.map((e) => `${e.path}: ${e.message}`).join('; '), {
      errors: shown,
    });
  }
  return tree;
}

const NONE = Symbol('no value');

type Fail = (message: string, code: FieldErrorCode, params?: FieldErrorParams) => undefined;

/** The kind of a zod issue in a condition's shape: a missing or empty key, an unknown operator or key. */
function conditionIssueKind(issue: z.core.$ZodIssue): [FieldErrorCode, FieldErrorParams?] {
  switch (issue.code) {
    case 'invalid_value':
      return ['invalid_option'];
    case 'unrecognized_keys':
      return ['unknown_field'];
    case 'too_small':
      return ['required'];
    case 'too_big':
      return ['too_long', { maximum: Number(issue.maximum) }];
    case 'invalid_type':
      return [issue.message.includes('received undefined') ? 'required' : 'invalid_type'];
    default:
      return ['invalid_format'];
  }
}

function checkValue(
  def: FieldDef,
  field: string,
  op: string,
  value: unknown,
  fail: Fail,
): Condition['value'] | typeof NONE | undefined {
  if (op === 'isEmpty' || op === 'isNotEmpty') {
    return value === undefined || value === null
      ? NONE
      : fail(`${op} takes no value`, 'invalid_type', { op });
  }
  if (op === 'withinLast' || op === 'olderThan') {
    const r = relativeAmountSchema.safeParse(value);
    return r.success
      ? r.data
      : fail('expected {"amount": <integer>, "unit": "minute|hour|day|week|month|year"}', 'invalid_format');
  }
  if (op === 'in' || op === 'notIn' || op === 'between') {
    if (!Array.isArray(value)) return fail(`${op} expects an array`, 'invalid_type', { op });
    if (op === 'between' && value.length !== 2) return fail('between expects [from, to]', 'invalid_format');
    const count = `${op} expects 1 to ${MAX_LIST} values`;
    if (value.length === 0) return fail(count, 'required');
    if (value.length > MAX_LIST) return fail(count, 'too_many_values', { maximum: MAX_LIST });
    const out: Scalar[] = [];
    for (const v of value) {
      const s = scalar(def, field, v, fail);
      if (s === undefined) return undefined;
      out.push(s);
    }
    return out;
  }
  return scalar(def, field, value, fail);
}

function scalar(def: FieldDef, field: string, v: unknown, fail: Fail): Scalar | undefined {
  // A condition whose value the user left empty is `required`.
  const missing = v === undefined || v === null || v === '';
  const wrong = (message: string, code: FieldErrorCode, params?: FieldErrorParams) =>
    missing ? fail(message, 'required') : fail(message, code, params);
  const wrongType = (message: string) => wrong(message, 'invalid_type', { expected: def.type });
  switch (def.type) {
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? v : wrongType('expected a number');
    case 'money':
      return Number.isSafeInteger(v) ? (v as number) : wrongType('expected an integer amount in minor units');
    case 'boolean':
      return typeof v === 'boolean' ? (v ? 1 : 0) : wrongType('expected true or false');
    case 'date':
      return typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v))
        ? v
        : wrong('expected a date YYYY-MM-DD', 'invalid_date');
    case 'datetime': {
      if (Number.isSafeInteger(v)) return v as number;
      const ms = typeof v === 'string' ? Date.parse(v) : Number.NaN;
      return Number.isNaN(ms)
        ? wrong('expected epoch milliseconds or an ISO 8601 date-time', 'invalid_date')
        : ms;
    }
    default: {
      if (typeof v !== 'string' || (!isStringType(def.type) && def.type !== 'multiselect')) {
        return wrongType('expected a string');
      }
      if (v.length > 1000)
        return fail('the value is longer than 1000 characters', 'too_long', { maximum: 1000 });
      if (def.options && (def.type === 'select' || def.type === 'multiselect') && !def.options.includes(v)) {
        return fail(`"${v}" is not an option of "${field}" (${def.options.join(', ')})`, 'invalid_option', {
          field,
          value: v,
        });
      }
      return v;
    }
  }
}
