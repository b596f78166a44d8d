import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js';
import { IANAZone } from 'luxon';
import { validationError } from '../../platform/errors.js';
import { currentPhoneRegion } from './phone-region.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Lower-cased, trimmed email, or a 400 naming `path`. */
export function normalizeEmail(raw: string, path: string): string {
  const email = raw.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254)
    throw validationError(path, 'is not a valid email address', 'invalid_email');
  return email;
}

/**
 * E.164 (`+37120000000`), or a 400 naming `path`. Numbers without a country code are read in the
 * organisation's default region (setting `phone.defaultRegion`, see phone-region.ts).
 */
export function normalizePhone(
  raw: string,
  path: string,
  region: CountryCode = currentPhoneRegion(),
): string {
  const parsed = parsePhoneNumberFromString(raw.trim(), region);
  if (!parsed?.isValid()) throw validationError(path, 'is not a valid phone number', 'invalid_phone');
  return parsed.number;
}

/** Like normalizePhone but returns null instead of throwing (for search input). */
export function tryNormalizePhone(raw: string): string | null {
  const parsed = parsePhoneNumberFromString(raw.trim(), currentPhoneRegion());
  return parsed?.isValid() ? parsed.number : null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `YYYY-MM-DD` naming a real day (no 2023-02-30). Plain arithmetic: imports call this a million times. */
export function checkDate(raw: string, path: string): string {
  const m = ISO_DATE.exec(raw);
  const [y, mo, d] = m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (!m || mo < 1 || mo > 12 || d < 1 || day.getUTCDate() !== d || day.getUTCMonth() !== mo - 1) {
    throw validationError(path, 'must be a date YYYY-MM-DD', 'invalid_date');
  }
  return raw;
}

export function checkTimeZone(raw: string, path: string): string {
  if (!IANAZone.isValidZone(raw))
    throw validationError(path, 'must be an IANA time zone, e.g. Europe/Riga', 'invalid_time_zone');
  return raw;
}

export function checkUrl(raw: string, path: string): string {
  try {
    const u = new URL(raw);
    if (u.protocol === 'http:' || u.protocol === 'https:') return raw;
  } catch {}
  throw validationError(path, 'must be an http(s) URL', 'invalid_url');
}

/**
 * The form names are searched in: lower-case without diacritics, so `berzina` finds Bērziņa.
 * Stored in `search_name*` columns and applied to the query text alike.
 */
export function searchKey(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}
