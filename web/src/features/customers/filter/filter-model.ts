import type { TimeUnit } from '@server/platform/lists/filter-tree.js';
import { allOf } from '../../../api/server-types.js';
import type { FieldDefinition, FilterNode } from '../customers.types.js';

/** Field types of the list query language (docs/lists-and-filters.md). */
export type ListType =
  | 'text'
  | 'email'
  | 'phone'
  | 'url'
  | 'number'
  | 'money'
  | 'date'
  | 'datetime'
  | 'boolean'
  | 'select'
  | 'multiselect'
  | 'user';

/** A field the filter builder and the column chooser offer. */
export interface ListField {
  name: string;
  type: ListType;
  /** i18n key for standard fields; custom fields carry their own label. */
  labelKey?: string;
  label?: string;
  /** `labelKey`: a catalog key for a standard option (its label is then filled in the user's language). */
  options?: { value: string; label: string; labelKey?: string }[];
  sortable: boolean;
}

const TEXT_OPS = ['eq', 'neq', 'contains', 'startsWith', 'in', 'notIn', 'isEmpty', 'isNotEmpty'];
const NUMBER_OPS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'between', 'isEmpty', 'isNotEmpty'];
const DATE_OPS = ['eq', 'before', 'after', 'between', 'withinLast', 'olderThan', 'isEmpty', 'isNotEmpty'];
const CHOICE_OPS = ['eq', 'neq', 'in', 'notIn', 'isEmpty', 'isNotEmpty'];

export const OPERATORS: Record<ListType, string[]> = {
  text: TEXT_OPS,
  email: TEXT_OPS,
  phone: TEXT_OPS,
  url: TEXT_OPS,
  number: NUMBER_OPS,
  money: NUMBER_OPS,
  date: DATE_OPS,
  datetime: DATE_OPS,
  boolean: ['eq', 'isEmpty', 'isNotEmpty'],
  select: CHOICE_OPS,
  multiselect: ['in', 'notIn', 'isEmpty', 'isNotEmpty'],
  user: CHOICE_OPS,
};

export const NO_VALUE_OPS = new Set(['isEmpty', 'isNotEmpty']);
export const LIST_OPS = new Set(['in', 'notIn']);
export const RELATIVE_OPS = new Set(['withinLast', 'olderThan']);
export const TIME_UNITS = allOf<TimeUnit>()(['minute', 'hour', 'day', 'week', 'month', 'year']);

const CUSTOM_TYPES: Record<FieldDefinition['type'], ListType> = {
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

/** Custom fields as list fields; `label` names a field or an option in the user's language. */
export function customListFields(
  defs: FieldDefinition[],
  label: (d: { label: FieldDefinition['label'] }) => string,
): ListField[] {
  return defs.map((d) => ({
    name: `custom.${d.key}`,
    type: CUSTOM_TYPES[d.type],
    label: label(d),
    sortable: d.type !== 'multi_select' && d.type !== 'long_text',
    options: d.options.length ? d.options.map((o) => ({ value: o.value, label: label(o) })) : undefined,
  }));
}

/**
 * Option labels a person reads: standard options from the catalog (`labelKey`), and user fields
 * (owner, custom "user" fields) offer the users by name, so cells and filters never show an id.
 */
export function withOptionLabels(
  fields: ListField[],
  translate: (key: string) => string,
  users: { id: string; name: string }[],
): ListField[] {
  const people = users.map((u) => ({ value: u.id, label: u.name }));
  return fields.map((f) => {
    if (f.type === 'user') return { ...f, options: people };
    if (!f.options?.some((o) => o.labelKey)) return f;
    return { ...f, options: f.options.map((o) => (o.labelKey ? { ...o, label: translate(o.labelKey) } : o)) };
  });
}

/** The value a condition starts with after its field or operator changes. */
export function defaultValue(type: ListType, op: string): unknown {
  if (NO_VALUE_OPS.has(op)) return undefined;
  if (RELATIVE_OPS.has(op)) return { amount: 30, unit: 'day' };
  if (LIST_OPS.has(op) || type === 'multiselect') return [];
  if (op === 'between') return [null, null];
  if (type === 'boolean') return true;
  return type === 'number' || type === 'money' ? null : '';
}

export const isGroup = (n: FilterNode): n is { and: FilterNode[] } | { or: FilterNode[] } =>
  'and' in n || 'or' in n;

/** A tree with nothing in it is no filter at all. */
export function isEmptyFilter(n: FilterNode | null): boolean {
  if (!n) return true;
  if ('and' in n) return n.and.length === 0;
  return false;
}

/** `filter.and[1].or[0].op` → `and[1].or[0]`, the node path the builder tags its nodes with. */
export function nodePathOf(errorPath: string): string {
  const p = errorPath.replace(/^filter\.?/, '');
  return p.replace(/\.(field|op|value)(\[\d+\])?$/, '').replace(/\.(field|op|value)\..*$/, '');
}
