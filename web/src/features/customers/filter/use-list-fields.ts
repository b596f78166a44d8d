import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, useFields } from '../customers.api.js';
import type { FieldEntity } from '../customers.types.js';
import { customListFields, type ListField } from './filter-model.js';

/** An entity's `standard` fields and then its active custom fields, labelled in the user's language. */
export function useListFields(entity: FieldEntity, standard: ListField[]): ListField[] {
  const { i18n } = useTranslation();
  const defs = useFields(entity);
  const lang = i18n.resolvedLanguage ?? 'en';
  return useMemo(
    () => [...standard, ...customListFields(defs.data ?? [], (d) => fieldLabel(d, lang))],
    [standard, defs.data, lang],
  );
}
