import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldLabel, useFields } from '../customers.api.js';
import type { FieldEntity } from '../customers.types.js';

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

/** Like `plainValue`, but option values read as their labels (custom selects, gender, channel). */
export function useValueText(entity: FieldEntity) {
  const { t, i18n } = useTranslation();
  const defs = useFields(entity).data;
  const lang = i18n.resolvedLanguage ?? 'en';
  return useCallback(
    (field: string, v: unknown): string => {
      const def = field.startsWith('custom.') ? defs?.find((d) => d.key === field.slice(7)) : undefined;
      const label = (x: unknown) => {
        const opt = def?.options.find((o) => o.value === x);
        if (opt) return fieldLabel(opt, lang);
        const key = CATALOG[field] ? `people.${CATALOG[field]}.${String(x)}` : '';
        return key && i18n.exists(key) ? t(key) : x;
      };
      if (Array.isArray(v) && def) return plainValue(v.map(label));
      return v === null || v === undefined || v === '' ? '—' : plainValue(label(v));
    },
    [defs, lang, t, i18n],
  );
}
