import { validationError } from '../../platform/errors.js';
import { normalizeEmail, normalizePhone } from '../people/contact-values.js';
import type { Form } from './forms.schemas.js';

export interface Submission {
  /** Lead fields by name, and custom values by key. */
  lead: Record<string, string>;
  custom: Record<string, string>;
  /** Purposes the visitor ticked. */
  granted: string[];
}

const ticked = (v: unknown) => v === true || v === 'on' || v === 'true' || v === '1' || v === 1;

/**
 * Reads a submission body (JSON or urlencoded): field values by key, consents as `consents: {purpose:
 * true}` or flat `consents.<purpose>=on`. A missing required field or consent is a 400 naming it.
 */
export function readSubmission(form: Form, body: Record<string, unknown>): Submission {
  const out: Submission = { lead: {}, custom: {}, granted: [] };
  for (const f of form.fields) {
    const raw = body[f.key];
    const value = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
    if (!value) {
      if (f.required) throw validationError(f.key, 'is required', 'required');
      continue;
    }
    if (value.length > 5000) throw validationError(f.key, 'is too long');
    let clean = value;
    if (f.mapsTo === 'email' || f.type === 'email') clean = normalizeEmail(value, f.key);
    if (f.mapsTo === 'phone' || f.type === 'phone') clean = normalizePhone(value, f.key);
    if (f.mapsTo.startsWith('custom.')) out.custom[f.mapsTo.slice(7)] = clean;
    else out.lead[f.mapsTo] = clean;
  }
  const nested = (body.consents ?? {}) as Record<string, unknown>;
  for (const c of form.consents) {
    const yes = ticked(nested[c.purpose]) || ticked(body[`consents.${c.purpose}`]);
    if (yes) out.granted.push(c.purpose);
    else if (c.required) throw validationError(`consents.${c.purpose}`, 'is required', 'required');
  }
  return out;
}
