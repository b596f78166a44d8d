import { AppError, type FieldError } from '../../platform/errors.js';
import { normalizeEmail, normalizePhone } from '../people/contact-values.js';
import type { Form } from './forms.schemas.js';

export interface Submission {
  /** Lead fields by name, and custom values by key. */
  lead: Record<string, string>;
  custom: Record<string, string>;
  /** Purposes the visitor ticked. */
  granted: string[];
}

/** Why one input was refused; the hosted page words it in the visitor's language. */
export type SubmissionProblemKind = 'required' | 'too_long' | 'email' | 'phone';
export interface SubmissionProblem {
  /** The field key, or `consents.<purpose>`. */
  path: string;
  kind: SubmissionProblemKind;
}

const MESSAGES: Record<SubmissionProblemKind, string> = {
  required: 'is required',
  too_long: 'is too long',
  email: 'is not a valid email address',
  phone: 'is not a valid phone number',
};

/** The same problems as API field errors, with the code clients word them by. */
const FIELD_ERRORS: Record<SubmissionProblemKind, Omit<FieldError, 'path'>> = {
  required: { message: MESSAGES.required, code: 'required' },
  too_long: { message: MESSAGES.too_long, code: 'too_long', params: { maximum: 5000 } },
  email: { message: MESSAGES.email, code: 'invalid_email' },
  phone: { message: MESSAGES.phone, code: 'invalid_phone' },
};

const ticked = (v: unknown) => v === true || v === 'on' || v === 'true' || v === '1' || v === 1;

/**
 * Checks a submission body (JSON or urlencoded): field values by key, consents as `consents: {purpose:
 * true}` or flat `consents.<purpose>=on`. Returns the clean submission, or every refused input (a
 * missing required field or consent, an invalid email or phone, an over-long value).
 */
export function checkSubmission(
  form: Form,
  body: Record<string, unknown>,
): { submission: Submission; problems: SubmissionProblem[] } {
  const out: Submission = { lead: {}, custom: {}, granted: [] };
  const problems: SubmissionProblem[] = [];
  for (const f of form.fields) {
    const raw = body[f.key];
    const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    if (!value) {
      if (f.required) problems.push({ path: f.key, kind: 'required' });
      continue;
    }
    if (value.length > 5000) {
      problems.push({ path: f.key, kind: 'too_long' });
      continue;
    }
    let clean = value;
    try {
      if (f.mapsTo === 'email' || f.type === 'email') clean = normalizeEmail(value, f.key);
      if (f.mapsTo === 'phone' || f.type === 'phone') clean = normalizePhone(value, f.key);
    } catch {
      problems.push({ path: f.key, kind: f.mapsTo === 'email' || f.type === 'email' ? 'email' : 'phone' });
      continue;
    }
    if (f.mapsTo.startsWith('custom.')) out.custom[f.mapsTo.slice(7)] = clean;
    else if (f.mapsTo === 'fullName' || isLegacyFullName(form, f)) Object.assign(out.lead, splitName(clean));
    else out.lead[f.mapsTo] = clean;
  }
  const nested = (body.consents ?? {}) as Record<string, unknown>;
  for (const c of form.consents) {
    const yes = ticked(nested[c.purpose]) || ticked(body[`consents.${c.purpose}`]);
    if (yes) out.granted.push(c.purpose);
    else if (c.required) problems.push({ path: `consents.${c.purpose}`, kind: 'required' });
  }
  return { submission: out, problems };
}

/**
 * A whole name in one input: the last word is the last name ("Ilze Kalniņa" → Ilze / Kalniņa,
 * "Anna Marija Ozola" → Anna Marija / Ozola); a single word is the first name.
 */
export function splitName(full: string): { firstName: string; lastName?: string } {
  const words = full.split(/\s+/);
  const lastName = words.length > 1 ? words.pop() : undefined;
  return lastName ? { firstName: words.join(' '), lastName } : { firstName: full };
}

/** Forms made before `fullName` existed: the default "name" field filled only the first name. */
const isLegacyFullName = (form: Form, f: Form['fields'][number]) =>
  f.key === 'name' && f.mapsTo === 'firstName' && !form.fields.some((x) => x.mapsTo === 'lastName');

/** The API's reading: every refused input in one 400 (the first one in the message). */
export function readSubmission(form: Form, body: Record<string, unknown>): Submission {
  const { submission, problems } = checkSubmission(form, body);
  const first = problems[0];
  if (first) {
    const errors: FieldError[] = problems.map((p) => ({ path: p.path, ...FIELD_ERRORS[p.kind] }));
    throw new AppError('validation_failed', `${first.path}: ${MESSAGES[first.kind]}`, { errors });
  }
  return submission;
}
