import type { FieldError } from '@server/platform/errors.js';
import type { i18n as I18n } from 'i18next';
import { ApiError } from '../api/client.js';
import { fieldErrorText } from '../api/field-error-text.js';

/** The names of the fields an action sends, in the user's language, by the path the server reports. */
export type FieldLabels = Record<string, string>;

/**
 * Why the server refused an action, in the user's language, one sentence per field problem; null
 * when the error carries no field problems (the caller then words the error by its code).
 *
 * A toast has no field to stand under, so a bare "Required" would not say what is missing. A kind
 * whose sentence needs the field's name has an action sentence (`errors.action.<code>`) that names
 * it: "“Lost reason” is required". Sentences that name their subject stand as they are ("This lost
 * reason is archived", "The stage does not belong to this pipeline"). A problem that needs a name
 * the caller did not give says a value was refused and why, never the bare word.
 */
export function actionErrorText(
  err: unknown,
  i18n: Pick<I18n, 't' | 'exists'>,
  labels: FieldLabels = {},
): string | null {
  if (!(err instanceof ApiError) || err.errors.length === 0) return null;
  const reasons = err.errors.map((e) => reason(e, i18n, labelOf(e.path, labels)));
  return [...new Set(reasons)].join('\n');
}

function reason(e: FieldError, i18n: Pick<I18n, 't' | 'exists'>, label: string | undefined): string {
  const text = fieldErrorText(e);
  const entity = e.params?.entity;
  // A sentence of its own for the record ("Person not found") names what it is about.
  const named = entity !== undefined && i18n.exists(`errors.field.${e.code}_${entity}`);
  const action = `errors.action.${e.code}`;
  if (!e.code || named || !i18n.exists(action)) return text;
  if (label === undefined) return i18n.t('errors.action.unnamed', { reason: text });
  return i18n.t(action, { ...e.params, field: label, context: undefined });
}

/** `body.lines.0.quantity` → the label of `lines.0.quantity`, else of `lines`. */
function labelOf(path: string, labels: FieldLabels): string | undefined {
  const bare = path.replace(/^body\./, '');
  return labels[bare] ?? labels[bare.split(/[.[]/)[0]!];
}
