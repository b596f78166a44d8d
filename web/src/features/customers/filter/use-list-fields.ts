import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUserOptions } from '../../settings/settings.api.js';
import { fieldLabel, useFields } from '../customers.api.js';
import type { FieldEntity } from '../customers.types.js';
import { customListFields, type ListField, withOptionLabels } from './filter-model.js';

/**
 * An entity's `standard` fields and then its active custom fields, labelled in the user's language,
 * options included (select values, users by name).
 */
export function useListFields(entity: FieldEntity, standard: ListField[]): ListField[] {
  const { t, i18n } = useTranslation();
  const defs = useFields(entity);
  const users = useUserOptions();
  const lang = i18n.resolvedLanguage ?? 'en';
  return useMemo(
    () =>
      withOptionLabels(
        [...standard, ...customListFields(defs.data ?? [], (d) => fieldLabel(d, lang))],
        (key) => t(key),
        users.data ?? [],
      ),
    [standard, defs.data, users.data, lang, t],
  );
}
