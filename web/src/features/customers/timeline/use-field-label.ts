import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, useFields } from '../customers.api.js';
import type { FieldEntity } from '../customers.types.js';

/** Names a changed field for the timeline: standard ones from the catalog, custom ones by their label. */
export function useFieldLabel(entity: FieldEntity, namespace: 'people' | 'companies') {
  const { t, i18n } = useTranslation();
  const defs = useFields(entity).data;
  const lang = i18n.resolvedLanguage ?? 'en';
  return useCallback(
    (field: string) => {
      if (field.startsWith('custom.')) {
        const def = defs?.find((d) => d.key === field.slice(7));
        return def ? fieldLabel(def, lang) : field.slice(7);
      }
      const key = `${namespace}.fields.${field}`;
      return i18n.exists(key) ? t(key) : field;
    },
    [defs, lang, namespace, t, i18n],
  );
}
