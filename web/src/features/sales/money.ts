import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Minor units → "€1,250.00" in the user's language (2 decimals; enough for EUR/USD/GBP). */
export function useMoney() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const cache = new Map<string, Intl.NumberFormat>();
    return (amount: number, currency: string) => {
      let f = cache.get(currency);
      if (!f) {
        f = new Intl.NumberFormat(locale, { style: 'currency', currency });
        cache.set(currency, f);
      }
      return f.format(amount / 100);
    };
  }, [locale]);
}

/** The decimal separator of a language: "." (en), "," (lv, ru). */
export function decimalSeparatorOf(locale: string): string {
  return new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.';
}

/** Minor units as an input's text in the user's language: 125050 → "1250.50" (en), "1250,50" (lv, ru). */
export function moneyInputText(minor: number, separator: string): string {
  return (minor / 100).toFixed(2).replace('.', separator);
}

/**
 * Props for a Mantine `NumberInput` of money or quantities: shows the user's decimal separator and
 * takes either "," or "." as typed (a "." typed in lv/ru becomes ",").
 */
export function useDecimalInput() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const decimalSeparator = decimalSeparatorOf(locale);
    return { decimalSeparator, allowedDecimalSeparators: [...new Set([decimalSeparator, '.'])] };
  }, [locale]);
}

/** 1250 minor units → 12.5, for an input in whole currency units. */
export const minorToMajor = (minor: number) => minor / 100;
/** 12.5 typed in currency units → 1250 minor units (rounded to the cent). */
export const majorToMinor = (major: number) => Math.round(major * 100);

/** "12.50" or "12,50" typed by a user → 1250 minor units; null when not a number. */
export function parseMoney(text: string): number | null {
  const n = Number(text.replace(',', '.').replace(/\s/g, ''));
  return Number.isFinite(n) && n >= 0 ? Math.round(n * 100) : null;
}
