import fs from 'node:fs';
import { createInstance, type i18n } from 'i18next';
import type { FieldErrorCode, FieldErrorParams } from '../errors.js';
import { LocaleSchema } from '../users/users.schemas.js';

/** The languages users pick in their profile (`users.locale`). */
export type Locale = (typeof LocaleSchema.options)[number];
const LOCALES: readonly Locale[] = LocaleSchema.options;

/**
 * The field-error sentences live in the repository's `shared/field-errors/<locale>.json`, which the
 * web's catalogs read too (one text per language). They are read from disk, not imported: tsc
 * compiles `src` only, and the path is the same from `src/platform/i18n` (tsx, vitest) and from
 * `dist/platform/i18n` (the built server and its worker threads).
 */
const catalogFile = (locale: Locale) =>
  new URL(`../../../../shared/field-errors/${locale}.json`, import.meta.url);

let instance: i18n | undefined;

/** One i18next instance for the server, loaded on first use, interpolating as the web does. */
function translator(): i18n {
  if (instance) return instance;
  const resources = Object.fromEntries(
    LOCALES.map((l) => [
      l,
      { translation: { errors: { field: JSON.parse(fs.readFileSync(catalogFile(l), 'utf8')) } } },
    ]),
  );
  const t = createInstance();
  void t.init({
    resources,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LOCALES],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    showSupportNotice: false,
  });
  instance = t;
  return t;
}

/** `lang` as a locale the catalogs have, else null. */
export function asLocale(lang: string | null | undefined): Locale | null {
  const l = lang?.slice(0, 2).toLowerCase();
  return (LOCALES as readonly string[]).includes(l ?? '') ? (l as Locale) : null;
}

/**
 * A field problem in `locale`, worded as the web words it (`errors.field.<code>`, `entity` as the
 * i18next context: `not_found_person`). Without a code the catalogs know, the English `message`
 * stands (rows stored before problems had codes, or a check without one).
 */
export function fieldErrorText(
  locale: Locale,
  e: { message: string; code?: FieldErrorCode | string | null; params?: FieldErrorParams | null },
): string {
  const t = translator();
  const key = `errors.field.${e.code}`;
  if (!e.code || !t.exists(key, { lng: locale })) return e.message;
  return t.t(key, { ...e.params, lng: locale, context: e.params?.entity });
}
