import type { FieldDefinition } from '../fields/fields.schemas.js';
import { checkDate, checkTimeZone, normalizeEmail, normalizePhone } from '../people/contact-values.js';
import { createPersonBody } from '../people/people.schemas.js';
import { type CellError, check, customValue, isoDate } from './cell-values.js';
import type { ColumnTargets } from './header-mapping.js';
import { FILE_ID_SOURCE } from './import-rows.js';

const SCALARS = [
  'firstName',
  'lastName',
  'middleName',
  'gender',
  'language',
  'lifecycleStage',
  'preferredChannel',
];
const LOWERED = new Set(['gender', 'preferredChannel']);
const GOOGLE_ALL_CONTACTS = '* myContacts';
type Schema = {
  safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } };
  unwrap?: () => Schema;
  maxLength?: number | null;
  options?: readonly string[];
};
const shape = createPersonBody.shape as unknown as Record<string, Schema>;

/**
 * A check that accepts exactly what the field's zod schema accepts for a trimmed CSV cell, read from
 * the schema itself (string max length, enum options), so the schema stays the only source of the
 * rules. zod's safeParse costs ~1 µs a cell; rows that pass here skip it, and a cell that fails still
 * goes through zod for its error message.
 */
function quickCheck(schema: Schema): (v: string) => boolean {
  let s = schema;
  while (s.unwrap && !s.options) s = s.unwrap();
  if (s.options) {
    const options = new Set(s.options);
    return (v) => options.has(v);
  }
  const max = s.maxLength;
  return typeof max === 'number' ? (v) => v.length <= max : () => false;
}
const quick = new Map(SCALARS.map((k) => [k, quickCheck(shape[k]!)]));

/** One CSV row as a partial person: only what the row says (empty cells say nothing). */
export interface ImportedPerson {
  fields: Record<string, string>;
  address: Record<string, string>;
  emails: string[];
  phones: string[];
  tags: string[];
  externalIds: { source: string; id: string }[];
  custom: Record<string, unknown>;
  /** The company the person works for (found by name or created) and their role there. */
  company?: string;
  jobTitle?: string;
}

export interface RowContext {
  headers: string[];
  targets: ColumnTargets;
  defs: Map<string, FieldDefinition>;
  /** Active contact source keys. */
  sources: Set<string>;
}

/**
 * Validates one row with the API's own rules (zod field schemas, email/phone normalisers, dates,
 * custom field validators). Every bad cell is reported; the row is imported only without errors.
 */
export function validatePersonRow(
  cells: string[],
  rc: RowContext,
): { person: ImportedPerson; errors: CellError[] } {
  const errors: CellError[] = [];
  const p: ImportedPerson = {
    fields: {},
    address: {},
    emails: [],
    phones: [],
    tags: [],
    externalIds: [],
    custom: {},
  };
  for (let i = 0; i < rc.targets.length; i++) {
    const target = rc.targets[i];
    const raw = cells[i]?.trim() ?? '';
    if (!target || raw === '') continue;
    const column = rc.headers[i]!;
    if (target === 'email') {
      for (const e of raw.split(/\s*:::\s*/)) {
        const v = check(column, errors, () => normalizeEmail(e, column));
        if (v && !p.emails.includes(v)) p.emails.push(v);
      }
    } else if (target === 'phone') {
      for (const ph of raw.split(/\s*:::\s*/)) {
        const v = check(column, errors, () => normalizePhone(ph, column));
        if (v && !p.phones.includes(v)) p.phones.push(v);
      }
    } else if (target === 'birthday') {
      const d = isoDate(raw);
      if (d && check(column, errors, () => checkDate(d, column))) p.fields.birthday ??= d;
    } else if (target === 'timeZone') {
      if (check(column, errors, () => checkTimeZone(raw, column))) p.fields.timeZone ??= raw;
    } else if (target === 'source') {
      if (rc.sources.has(raw)) p.fields.source ??= raw;
      else errors.push({ column, reason: `unknown contact source ${raw}` });
    } else if (target === 'tags') {
      for (const label of raw.split(/[;,]|:::/).map((s) => s.trim())) {
        // Google puts every contact in its system group "* myContacts": not a tag anyone chose.
        if (label === GOOGLE_ALL_CONTACTS) continue;
        const t = label.replace(/^\* /, '');
        if (t && !p.tags.includes(t)) p.tags.push(t.slice(0, 100));
      }
    } else if (target === 'externalId' || target.startsWith('externalIds.')) {
      const source = target === 'externalId' ? FILE_ID_SOURCE : target.slice('externalIds.'.length);
      p.externalIds.push({ source, id: raw.slice(0, 200) });
    } else if (target.startsWith('address.')) {
      p.address[target.slice('address.'.length)] ??= raw.slice(0, 500);
    } else if (target.startsWith('custom.')) {
      const def = rc.defs.get(target.slice('custom.'.length));
      if (!def) errors.push({ column, reason: `${target} is not a custom field of people` });
      else if (p.custom[def.key] === undefined) {
        const v = customValue(def, raw, column, errors);
        if (v !== undefined) p.custom[def.key] = v;
      }
    } else if (SCALARS.includes(target)) {
      const v = LOWERED.has(target) ? raw.toLowerCase() : raw;
      const r = quick.get(target)!(v) ? { success: true } : shape[target]!.safeParse(v);
      if (!r.success) errors.push({ column, reason: r.error?.issues[0]?.message ?? 'is invalid' });
      else p.fields[target] ??= v;
    } else if (target === 'company') {
      p.company ??= raw.slice(0, 300);
    } else if (target === 'jobTitle') {
      p.jobTitle ??= raw.slice(0, 200);
    }
  }
  if (
    !errors.length &&
    !p.emails.length &&
    !p.phones.length &&
    !p.externalIds.length &&
    !p.fields.firstName &&
    !p.fields.lastName
  ) {
    errors.push({ column: null, reason: 'row has no name, email, phone or external id' });
  }
  return { person: p, errors };
}
