import { validationError } from '../../../platform/errors.js';
import type { Person } from '../people.schemas.js';
import { MERGE_FIELDS, type MergePeopleInput } from './merge.schemas.js';

const empty = (v: unknown) => v === null || v === undefined || v === '';

/**
 * The survivor's next state: chosen (or gap-filled) scalar and custom values; emails, phones,
 * external ids and tags unioned, the primary email/phone from the side `values` picks.
 * Returns the state and the value actually chosen per field (for the event).
 */
export function mergedState(survivor: Person, merged: Person, values: MergePeopleInput['values']) {
  for (const key of Object.keys(values)) {
    if (!key.startsWith('custom.') && !(MERGE_FIELDS as readonly string[]).includes(key)) {
      throw validationError(
        `values.${key}`,
        `is not a mergeable field (${MERGE_FIELDS.join(', ')}, custom.<key>)`,
        'unknown_field',
      );
    }
  }
  const pick = (key: string, s: unknown, m: unknown) =>
    values[key] === 'merged' ? m : values[key] === 'survivor' ? s : empty(s) ? m : s;
  const next: Person = { ...survivor };
  const chosen: Record<string, unknown> = {};
  const scalar = MERGE_FIELDS.filter((f) => f !== 'email' && f !== 'phone');
  for (const f of scalar) {
    const v = pick(f, survivor[f], merged[f]);
    (next as Record<string, unknown>)[f] = v;
    if (JSON.stringify(v) !== JSON.stringify(survivor[f])) chosen[f] = v;
  }
  next.custom = { ...survivor.custom };
  for (const k of new Set([...Object.keys(survivor.custom), ...Object.keys(merged.custom)])) {
    const v = pick(`custom.${k}`, survivor.custom[k], merged.custom[k]);
    if (v === undefined) delete next.custom[k];
    else next.custom[k] = v;
    if (JSON.stringify(v) !== JSON.stringify(survivor.custom[k])) chosen[`custom.${k}`] = v ?? null;
  }
  const primaryEmail =
    (values.email === 'merged' ? merged.email : survivor.email) ?? survivor.email ?? merged.email;
  const emails = [...new Set([...survivor.emails, ...merged.emails].map((e) => e.email))];
  next.emails = emails.map((email) => ({ email, primary: email === primaryEmail }));
  const primaryPhone =
    (values.phone === 'merged' ? merged.phone : survivor.phone) ?? survivor.phone ?? merged.phone;
  const phones = [...new Set([...survivor.phones, ...merged.phones].map((p) => p.phone))];
  next.phones = phones.map((phone) => ({ phone, primary: phone === primaryPhone }));
  next.email = primaryEmail;
  next.phone = primaryPhone;
  if (primaryEmail !== survivor.email) chosen.email = primaryEmail;
  if (primaryPhone !== survivor.phone) chosen.phone = primaryPhone;
  const ext = new Map(
    [...survivor.externalIds, ...merged.externalIds].map((x) => [`${x.source}\u0000${x.id}`, x]),
  );
  next.externalIds = [...ext.values()];
  next.tags = [...new Set([...survivor.tags, ...merged.tags])];
  return { next, chosen };
}
