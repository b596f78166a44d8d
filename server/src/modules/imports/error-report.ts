import type { Executor } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import type { Principal } from '../../platform/auth/principal.js';
import type { FieldErrorParams } from '../../platform/errors.js';
import { fieldErrorText, type Locale } from '../../platform/i18n/field-error-text.js';
import type { ImportErrorViewT } from './imports.schemas.js';
import type { ImportErrorsTable } from './imports.table.js';

/** The error report's own columns, named in the reader's language (the file's columns follow). */
const REPORT_COLUMNS: Record<Locale, [line: string, column: string, reason: string]> = {
  en: ['line', 'column', 'reason'],
  ru: ['строка', 'столбец', 'причина'],
  lv: ['rinda', 'kolonna', 'iemesls'],
};

export const reportColumns = (locale: Locale) => REPORT_COLUMNS[locale];

/**
 * The language of a report: `?lang=` if given, else the signed-in user's profile language. An API
 * key reads English unless it asks (scripts parse the report and matched its English until now).
 */
export async function reportLocale(db: Executor, principal: Principal, lang?: Locale): Promise<Locale> {
  if (lang) return lang;
  if (principal.kind !== 'user') return 'en';
  const user = await db
    .selectFrom('users')
    .select('locale')
    .where('id', '=', principal.id)
    .executeTakeFirst();
  const locale = user?.locale.slice(0, 2);
  return locale === 'ru' || locale === 'lv' ? locale : 'en';
}

type StoredError = Pick<ImportErrorsTable, 'line' | 'columnName' | 'reason' | 'code' | 'params'>;

/**
 * Why a row was rejected, in `locale`. English keeps the stored sentence word for word (API clients
 * and the CLI read it); other languages word the stored kind, and rows stored without one (before
 * kinds were recorded) keep their English sentence.
 */
export function reportReason(e: StoredError, locale: Locale): string {
  if (locale === 'en' || !e.code) return e.reason;
  return fieldErrorText(locale, {
    message: e.reason,
    code: e.code,
    params: e.params == null ? null : fromJson<FieldErrorParams>(e.params),
  });
}

/** A stored error as the API answers it: the English reason with its kind, the web words it. */
export function toImportErrorView(e: StoredError & { record: unknown }, header: string[]): ImportErrorViewT {
  const at = e.columnName == null ? -1 : header.indexOf(e.columnName);
  return {
    line: e.line,
    column: e.columnName,
    value: at < 0 ? null : (fromJson<string[]>(e.record)[at] ?? null),
    reason: e.reason,
    code: e.code,
    params: e.params == null ? null : fromJson<FieldErrorParams>(e.params),
  };
}
