import type { FieldErrorCode } from '@server/platform/errors.js';
import { fieldErrorText } from '../../../api/field-error-text.js';
import type { ImportErrorView } from './imports.api.js';

/**
 * Why a row was rejected, in the user's language: the server stores the kind of each problem with the
 * English reason (`code`, `params`, as the API's field errors), worded like any field error. Rows
 * stored before kinds were recorded (no code) keep the English reason.
 */
export function importErrorText(e: ImportErrorView): string {
  return fieldErrorText({
    path: e.column ?? '',
    message: e.reason,
    ...(e.code ? { code: e.code as FieldErrorCode } : {}),
    ...(e.params ? { params: e.params } : {}),
  });
}
