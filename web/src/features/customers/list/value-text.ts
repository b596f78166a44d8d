import type { makeFormat } from '../../../shared/format.js';
import type { ListField } from '../filter/filter-model.js';

type Format = ReturnType<typeof makeFormat>;

const isEmpty = (v: unknown) =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** An option value as its label (select options, users by name); an unknown value as it is. */
export function optionText(field: ListField | undefined, value: unknown): string {
  return field?.options?.find((o) => o.value === value)?.label ?? String(value);
}

/**
 * One stored value of a list field as the user reads it: option labels in their language, dates and
 * money in their format, yes/no, users by name; "—" for no value. Lists are joined with ", ".
 */
export function fieldValueText(
  field: ListField | undefined,
  value: unknown,
  fmt: Format,
  words: { yes: string; no: string },
): string {
  if (isEmpty(value)) return '—';
  if (Array.isArray(value)) return value.map((v) => optionText(field, v)).join(', ');
  switch (field?.type) {
    case 'datetime':
      return fmt.dateTime(value as number);
    case 'date':
      return fmt.date(String(value));
    case 'boolean':
      return value ? words.yes : words.no;
    case 'money': {
      const m = value as { amount?: number; currency?: string };
      return typeof m.amount === 'number' ? fmt.money(m.amount, m.currency ?? '') : JSON.stringify(value);
    }
    case 'number':
      return typeof value === 'number' ? fmt.number(value) : String(value);
    case 'select':
    case 'user':
      return optionText(field, value);
    default:
      return typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
}
