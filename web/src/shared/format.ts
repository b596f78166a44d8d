import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

type Instant = number | string | null | undefined;

/** Dates and numbers formatted with Intl in the user's language. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    const number = new Intl.NumberFormat(locale);
    const toDate = (v: Instant) => (v === null || v === undefined || v === '' ? null : new Date(v));
    return {
      date: (v: Instant) => {
        const d = toDate(v);
        return d ? date.format(d) : '—';
      },
      dateTime: (v: Instant) => {
        const d = toDate(v);
        return d ? dateTime.format(d) : '—';
      },
      number: (v: number) => number.format(v),
    };
  }, [locale]);
}
