import type { FieldError } from '@server/platform/errors.js';
import { i18n } from '../i18n/index.js';

/**
 * A field problem in the user's language: the server names its kind (`required`, `too_long` with
 * `maximum`, `not_found` with `entity`…) and the catalogs word it (`errors.field.<code>`); a problem
 * without a known kind keeps the server's English sentence. The `entity` picks the sentence's own
 * form where the catalog has one (`not_found_person`, i18next's context), because Russian and Latvian
 * agree the words with the noun's gender; otherwise the general sentence stands.
 */
export function fieldErrorText(e: FieldError): string {
  const key = `errors.field.${e.code}`;
  if (!e.code || !i18n.exists(key)) return e.message;
  return i18n.t(key, { ...e.params, context: e.params?.entity });
}
