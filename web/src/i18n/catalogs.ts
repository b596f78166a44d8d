import fieldEn from '../../../shared/field-errors/en.json' with { type: 'json' };
import fieldLv from '../../../shared/field-errors/lv.json' with { type: 'json' };
import fieldRu from '../../../shared/field-errors/ru.json' with { type: 'json' };
import enOwn from './en.json' with { type: 'json' };
import lvOwn from './lv.json' with { type: 'json' };
import ruOwn from './ru.json' with { type: 'json' };

/**
 * The web's catalogs: its own texts plus the field-error sentences (`errors.field.<code>`), which
 * live in the repository's `shared/field-errors/` because the server words the same codes (the
 * import error report) and one text per language is kept in one place.
 */
const withFieldErrors = <C extends { errors: object }>(own: C, field: Record<string, string>) => ({
  ...own,
  errors: { ...own.errors, field },
});

export const en = withFieldErrors(enOwn, fieldEn);
export const ru = withFieldErrors(ruOwn, fieldRu);
export const lv = withFieldErrors(lvOwn, fieldLv);
