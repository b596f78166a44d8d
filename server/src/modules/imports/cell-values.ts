import { AppError } from '../../platform/errors.js';
import type { FieldDefinition } from '../fields/fields.schemas.js';
import { checkValue } from '../fields/validate-custom-values.js';

/** A cell that failed: the column (CSV header) and why. */
export interface CellError {
  column: string | null;
  reason: string;
}

/** Runs one of the API's validators; its AppError becomes a CellError for `column`. */
export function check<T>(column: string, errors: CellError[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    errors.push({ column, reason: err.details.errors?.[0]?.message ?? err.message });
    return undefined;
  }
}

/**
 * Exports write dates their own way: Outlook `5/17/1990` (and `0/0/00` for none), Google
 * `--05-17` (no year, not storable). Returns ISO `YYYY-MM-DD`, the raw text (the validator then
 * rejects it), or null for "no date".
 */
export function isoDate(raw: string): string | null {
  if (raw === '0/0/00' || raw.startsWith('--')) return null;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(raw);
  if (us) return `${us[3]}-${us[1]!.padStart(2, '0')}-${us[2]!.padStart(2, '0')}`;
  return raw;
}

const optionKey = (s: string) => s.trim().toLocaleLowerCase();
// Per definition object: an import reads a million cells against the same few definitions.
const optionLookups = new WeakMap<FieldDefinition, Map<string, string>>();

/**
 * The stored option a select cell names. Files say "Gold" or "Zelts" where the field stores `gold`:
 * a cell matches an option's value or any of its labels, ignoring case; anything else stays as
 * written (and the field's validator reports it).
 */
function optionValue(def: FieldDefinition, raw: string): string {
  let lookup = optionLookups.get(def);
  if (!lookup) {
    lookup = new Map();
    for (const o of def.options)
      for (const l of Object.values(o.label))
        if (l && !lookup.has(optionKey(l))) lookup.set(optionKey(l), o.value);
    // A value wins over another option's label.
    for (const o of def.options) lookup.set(optionKey(o.value), o.value);
    optionLookups.set(def, lookup);
  }
  return def.options.some((o) => o.value === raw) ? raw : (lookup.get(optionKey(raw)) ?? raw);
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'x']);
const FALSE = new Set(['false', 'no', 'n', '0']);

/** CSV text → the JSON value the custom field's API validator expects, then that validator. */
export function customValue(def: FieldDefinition, raw: string, column: string, errors: CellError[]) {
  let v: unknown = raw;
  switch (def.type) {
    case 'number':
      v = /^-?\d+(\.\d+)?$/.test(raw.replace(',', '.')) ? Number(raw.replace(',', '.')) : raw;
      break;
    case 'boolean':
      v = TRUE.has(raw.toLowerCase()) ? true : FALSE.has(raw.toLowerCase()) ? false : raw;
      break;
    case 'money': {
      // "12.50 EUR" → {amount: 1250, currency: "EUR"}
      const m = /^(-?\d+(?:[.,]\d{1,2})?)\s*([A-Za-z]{3})$/.exec(raw);
      v = m
        ? { amount: Math.round(Number(m[1]!.replace(',', '.')) * 100), currency: m[2]!.toUpperCase() }
        : raw;
      break;
    }
    case 'select':
      v = optionValue(def, raw);
      break;
    case 'multi_select':
      v = raw
        .split(/[;|]/)
        .map((s) => s.trim())
        .filter(Boolean)
        .map((s) => optionValue(def, s));
      break;
    case 'date':
      v = isoDate(raw) ?? raw;
      break;
  }
  return check(column, errors, () => checkValue(def, v, column));
}
