import { ApiError } from '../../../api/client.js';

/**
 * Field errors of a validation problem keyed by form field: `body.firstName` → `firstName`,
 * `emails.0.email` → `email`, `custom.tier` stays `custom.tier`.
 */
export function fieldErrors(err: unknown): Record<string, string> {
  if (!(err instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const e of err.errors) {
    const path = e.path.replace(/^body\./, '');
    const key = path.startsWith('emails')
      ? 'email'
      : path.startsWith('phones')
        ? 'phone'
        : path.startsWith('custom.')
          ? path.split('.').slice(0, 2).join('.')
          : path.split('.')[0]!;
    out[key] ??= e.message;
  }
  return out;
}

/** A failed save: its field reasons go on the form's fields, or, when no field claims it, the error is shown. */
export function showSaveError(
  err: unknown,
  setErrors: (errors: Record<string, string>) => void,
  showError: (err: unknown) => void,
): void {
  const errors = fieldErrors(err);
  if (Object.keys(errors).length) setErrors(errors);
  else showError(err);
}
