import type { FilterNode } from '../../customers/customers.types.js';
import { isGroup, type ListField, NO_VALUE_OPS, RELATIVE_OPS } from '../../customers/filter/filter-model.js';
import { minorToMajor } from '../../sales/money.js';
import type { PayloadCondition, ScoringRule } from '../leads.types.js';

type T = (key: string) => string;

/** Event types the web offers for event rules, each with a label `leads.rules.events.<type>`. */
export const EVENT_TYPES = ['site.page_viewed', 'email.opened', 'email.clicked', 'form.submitted'] as const;

/** Event data a rule on that event type may test, each labelled `leads.rules.payloadPaths.<path>`. */
export const PAYLOAD_PATHS: Record<string, string[]> = {
  'site.page_viewed': ['path'],
  'form.submitted': ['formId'],
};

export interface Describers {
  t: T;
  fields: ListField[];
  /** A user's name by id (owner conditions). */
  userName?: (id: string) => string | undefined;
  /** A web form's name by id (`form.submitted` rules on `formId`). */
  formName?: (id: string) => string | undefined;
}

/** An event type's label in the user's language; unknown (custom) types as they are. */
export function eventTypeLabel(type: string, t: T): string {
  return (EVENT_TYPES as readonly string[]).includes(type) ? t(`leads.rules.events.${type}`) : type;
}

const quoted = (v: unknown) => `“${String(v)}”`;

function valueText(field: ListField | undefined, v: unknown, d: Describers): string {
  if (v === null || v === undefined || v === '') return '—';
  if (field?.options) return field.options.find((o) => o.value === v)?.label ?? String(v);
  if (field?.type === 'user') return d.userName?.(String(v)) ?? String(v);
  if (field?.type === 'boolean') return d.t(v ? 'common.yes' : 'common.no');
  if (field?.type === 'number') return String(v);
  // Money conditions hold minor units; people read them in whole units.
  if (field?.type === 'money') return minorToMajor(Number(v)).toFixed(2);
  return quoted(v);
}

function conditionText(c: { field: string; op: string; value?: unknown }, d: Describers): string {
  const field = d.fields.find((f) => f.name === c.field);
  const name = field ? (field.labelKey ? d.t(field.labelKey) : (field.label ?? c.field)) : c.field;
  const op = d.t(`filter.ops.${c.op}`);
  if (NO_VALUE_OPS.has(c.op)) return `${name} ${op}`;
  let value: string;
  if (RELATIVE_OPS.has(c.op)) {
    const r = (c.value ?? {}) as { amount?: number; unit?: string };
    value = `${r.amount ?? '?'} ${d.t(`filter.units.${r.unit ?? 'day'}`)}`;
  } else if (c.op === 'between' && Array.isArray(c.value)) {
    value = c.value.map((x) => valueText(field, x, d)).join(' – ');
  } else if (Array.isArray(c.value)) {
    value = c.value.map((x) => valueText(field, x, d)).join(', ');
  } else value = valueText(field, c.value, d);
  return `${name} ${op} ${value}`;
}

const isEmptyTree = (node: FilterNode | null | undefined) =>
  !node || (isGroup(node) && ('and' in node ? node.and : node.or).length === 0);

/**
 * A field rule with no condition gives its points to every lead. The server refuses to save one now;
 * rules saved before that (when the builder's condition was lost unapplied) are flagged for an edit.
 */
export const matchesEveryLead = (r: ScoringRule) =>
  r.kind === 'field' && isEmptyTree(r.condition as FilterNode | null);

/**
 * A filter tree in words, in the user's language: "Source is Web form AND Score at least 10";
 * nested groups in parentheses; an empty tree is "every lead".
 */
export function describeFilter(node: FilterNode | null | undefined, d: Describers, nested = false): string {
  if (!node || isEmptyTree(node)) return d.t('leads.rules.everyLead');
  if ('not' in node) return `${d.t('filter.not')} (${describeFilter(node.not, d, false)})`;
  if (isGroup(node)) {
    const kind = 'and' in node ? 'and' : 'or';
    const children = 'and' in node ? node.and : node.or;
    const text = children.map((c) => describeFilter(c, d, true)).join(` ${d.t(`filter.${kind}`)} `);
    return nested && children.length > 1 ? `(${text})` : text;
  }
  return conditionText(node, d);
}

/** An event rule's payload condition in words: "Form is “Contact us”", "Page starts with “/pricing”". */
export function describePayload(c: PayloadCondition, d: Describers): string {
  const known = Object.values(PAYLOAD_PATHS).some((paths) => paths.includes(c.path));
  const name = known ? d.t(`leads.rules.payloadPaths.${c.path}`) : c.path;
  const value = c.path === 'formId' ? (d.formName?.(c.value) ?? c.value) : c.value;
  return `${name} ${d.t(`filter.ops.${c.op}`)} ${quoted(value)}`;
}

/** What a rule matches, in words. */
export function describeRule(r: ScoringRule, d: Describers): string {
  if (r.kind === 'field') return describeFilter(r.condition as FilterNode | null, d);
  const type = eventTypeLabel(r.eventType ?? '', d.t);
  return r.condition ? `${type}: ${describePayload(r.condition as PayloadCondition, d)}` : type;
}
