import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A share (0.36) as a percentage the language's way: "36%" in English and Latvian, "36 %" (no-break
 * space) in Russian. The pages wrote "36%" in one place and "36 %" in another, in every language.
 */
export function formatPercent(locale: string, share: number, fractionDigits = 0): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: fractionDigits }).format(
    share,
  );
}

/** `formatPercent` in the signed-in user's language. */
export function usePercent(): (share: number, fractionDigits?: number) => string {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useCallback((share, fractionDigits) => formatPercent(locale, share, fractionDigits), [locale]);
}
