import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format.js';
import type { FieldEntity } from '../customers.types.js';
import type { ListField } from '../filter/filter-model.js';
import { useListFields } from '../filter/use-list-fields.js';
import { fieldValueText } from '../list/value-text.js';

/** Plain text of a stored value, for "from → to" lines. */
export const plainValue = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '—';
  if (Array.isArray(v))
    return v.map((x) => (typeof x === 'object' ? Object.values(x as object)[0] : x)).join(', ') || '—';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

// Catalog groups of the standard option fields (`people.genders.<value>`, `people.channels.<value>`).
const CATALOG: Record<string, string> = { gender: 'genders', preferredChannel: 'channels' };
// The owner reads as a user's name like a custom "user" field (useListFields gives users as options).
const STANDARD: ListField[] = [{ name: 'ownerId', type: 'user', sortable: false }];

/**
 * Like `plainValue`, but as the user reads it: option labels (custom selects, gender, channel), users
 * by name, custom dates and money formatted in the user's language.
 */
export function useValueText(entity: FieldEntity) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const fields = useListFields(entity, STANDARD);
  return useCallback(
    (field: string, v: unknown): string => {
      const listField = fields.find((f) => f.name === field);
      if (listField) return fieldValueText(listField, v, fmt, { yes: t('common.yes'), no: t('common.no') });
      const key = (x: unknown) => (CATALOG[field] ? `people.${CATALOG[field]}.${String(x)}` : '');
      const label = (x: unknown) => (key(x) && i18n.exists(key(x)) ? t(key(x)) : x);
      return v === null || v === undefined || v === '' ? '—' : plainValue(label(v));
    },
    [fields, fmt, t, i18n],
  );
}
