import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, useFields } from '../customers.api.js';
import { customListFields, type ListField } from '../filter/filter-model.js';
import { PEOPLE_FIELDS } from './people-fields.js';

/** Standard and active custom person fields, for columns, sorting and the filter builder. */
export function usePeopleFields(): ListField[] {
  const { i18n } = useTranslation();
  const defs = useFields('person');
  const lang = i18n.resolvedLanguage ?? 'en';
  return useMemo(
    () => [...PEOPLE_FIELDS, ...customListFields(defs.data ?? [], (d) => fieldLabel(d, lang))],
    [defs.data, lang],
  );
}
