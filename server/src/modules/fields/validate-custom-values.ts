import { DateTime } from 'luxon';
import { type FieldErrorCode, type FieldErrorParams, validationError } from '../../platform/errors.js';
import { checkDate, checkUrl, normalizeEmail, normalizePhone } from '../people/contact-values.js';
import type { FieldDefinition } from './fields.schemas.js';

/**
 * Checks and normalises custom values against the active definitions. `current` is the stored object
 * (on update); a `null` value clears a key. Unknown or archived keys → 400 naming `custom.<key>`.
 * Returns the merged object to store.
 */
export function validateCustomValues(
  defs: FieldDefinition[],
  input: Record<string, unknown> | undefined,
  current: Record<string, unknown> | null,
): Record<string, unknown> {
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const out: Record<string, unknown> = { ...(current ?? {}) };
  for (const [key, value] of Object.entries(input ?? {})) {
    const def = byKey.get(key);
    if (!def)
      throw validationError(`custom.${key}`, 'is not a custom field of this record type', 'unknown_field');
    if (value === null) delete out[key];
    else out[key] = checkValue(def, value, `custom.${key}`);
  }
  for (const def of defs) {
    if (current === null && out[def.key] === undefined && def.default != null) out[def.key] = def.default;
    if (def.required && out[def.key] === undefined)
      throw validationError(`custom.${def.key}`, 'is required', 'required');
  }
  return out;
}

// Option sets per definition object: imports check a million values against the same few definitions.
const optionSets = new WeakMap<FieldDefinition, Set<string>>();
function optionsOf(def: FieldDefinition): Set<string> {
  const known = optionSets.get(def);
  if (known) return known;
  const set = new Set(def.options.map((o) => o.value));
  optionSets.set(def, set);
  return set;
}

export function checkValue(def: FieldDefinition, v: unknown, path: string): unknown {
  const fail = (why: string, code: FieldErrorCode, params?: FieldErrorParams): never => {
    throw validationError(path, why, code, params);
  };
  const str = () => (typeof v === 'string' ? v : fail('must be a string', 'invalid_type'));
  const options = optionsOf(def);
  switch (def.type) {
    case 'text':
    case 'user':
      return str().length <= 1000 ? v : fail('is longer than 1000 characters', 'too_long', { maximum: 1000 });
    case 'long_text':
      return str().length <= 100_000 ? v : fail('is too long', 'too_long', { maximum: 100_000 });
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) ? v : fail('must be a number', 'invalid_type');
    case 'money': {
      const m = v as { amount?: unknown; currency?: unknown };
      const ok =
        typeof m === 'object' &&
        Number.isSafeInteger(m.amount) &&
        typeof m.currency === 'string' &&
        /^[A-Z]{3}$/.test(m.currency) &&
        Object.keys(m).length === 2;
      return ok
        ? { amount: m.amount, currency: m.currency }
        : fail('must be {amount (minor units), currency}', 'invalid_format');
    }
    case 'date':
      return checkDate(str(), path);
    case 'datetime': {
      // Stored as epoch ms like every other time; ISO 8601 input is accepted too.
      if (Number.isSafeInteger(v)) return v;
      const dt = DateTime.fromISO(str(), { setZone: true });
      return dt.isValid
        ? dt.toMillis()
        : fail('must be an ISO 8601 date-time or epoch milliseconds', 'invalid_date');
    }
    case 'boolean':
      return typeof v === 'boolean' ? v : fail('must be true or false', 'invalid_type');
    case 'select':
      return options.has(str()) ? v : fail(`must be one of ${[...options].join(', ')}`, 'invalid_option');
    case 'multi_select': {
      if (!Array.isArray(v) || v.some((x) => typeof x !== 'string' || !options.has(x))) {
        fail(`must be a list of ${[...options].join(', ')}`, 'invalid_option');
      }
      return [...new Set(v as string[])];
    }
    case 'url':
      return checkUrl(str(), path);
    case 'email':
      return normalizeEmail(str(), path);
    case 'phone':
      return normalizePhone(str(), path);
  }
}
