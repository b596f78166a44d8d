import type { FieldError } from '@server/platform/errors.js';
import { i18n } from '../i18n/index.js';

/**
 * A field problem in the user's language: the server names its kind (`required`, `too_long` with
 * `maximum`, `invalid_phone`…) and the catalogs word it (`errors.field.<code>`); a problem without a
 * known kind keeps the server's English sentence.
 */
export function fieldErrorText(e: FieldError): string {
  const key = `errors.field.${e.code}`;
  return e.code && i18n.exists(key) ? i18n.t(key, e.params ?? {}) : e.message;
}
