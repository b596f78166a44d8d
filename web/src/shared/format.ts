import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../features/auth/use-session.js';

type Instant = number | string | null | undefined;

/** The signed-in user's time zone setting, else the browser's (also outside a session). */
export function useTimeZone(): string {
  const zone = useSession().data?.user.timeZone;
  return zone || browserTimeZone();
}

export const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Dates and numbers formatted with Intl in the user's language; times in the user's time zone. */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const timeZone = useTimeZone();
  return useMemo(() => makeFormat(locale, timeZone), [locale, timeZone]);
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The formatters of `useFormat`. A calendar date ("2003-09-15": a birthday, a close date, a date
 * field) is a day, not an instant: it is shown as that day everywhere, not shifted by the zone.
 */
export function makeFormat(locale: string, timeZone: string) {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const number = new Intl.NumberFormat(locale);
  const monthLong = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const monthShort = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const lv = locale.split('-')[0] === 'lv';
  const currencies = new Map<string, Intl.NumberFormat>();
  const currency = (code: string) => {
    let f = currencies.get(code);
    if (!f) {
      // A code Intl does not know (not ISO 4217-shaped) is shown after the plain number.
      f = /^[A-Z]{3}$/.test(code)
        ? new Intl.NumberFormat(locale, { style: 'currency', currency: code })
        : new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      currencies.set(code, f);
    }
    return f;
  };
  const toDate = (v: Instant) => (v === null || v === undefined || v === '' ? null : new Date(v));
  return {
    date: (v: Instant) => {
      if (typeof v === 'string' && CALENDAR_DATE.test(v)) return day.format(new Date(`${v}T00:00:00Z`));
      const d = toDate(v);
      return d ? date.format(d) : '—';
    },
    dateTime: (v: Instant) => {
      const d = toDate(v);
      return d ? dateTime.format(d) : '—';
    },
    number: (v: number) => number.format(v),
    /** Minor units of `currency`: 123456 EUR → "€1,234.56" (en), "1234,56 €" (lv). */
    money: (minor: number, code: string) => {
      const text = currency(code).format(minor / 100);
      return /^[A-Z]{3}$/.test(code) ? text : `${text} ${code}`.trim();
    },
    /**
     * A calendar month ("2026-11", or a day in it) as a heading: "November 2026", "Ноябрь 2026 г.",
     * "2026. gada novembris" (CLDR's Latvian abbreviates "gada", which reads wrong spelled out in a title).
     */
    month: (v: string | number) => {
      const text = monthLong.format(monthOf(v));
      const full = lv ? text.replace(/ g\. /, ' gada ') : text;
      return full.charAt(0).toLocaleUpperCase(locale) + full.slice(1);
    },
    /**
     * A month on a chart axis: "Dec 2025", "дек. 2025", "2025. dec.". The year has four digits: a
     * two-digit one read as the day ("Dec 25", "25. dec." is 25 December); the "г."/"g." are dropped.
     */
    monthShort: (v: string | number) => {
      const text = monthShort.format(monthOf(v));
      return lv ? text.replace(/ g\./, '') : text.replace(/ г\.$/, '');
    },
  };
}

/** The first day of a month ("2026-11"), of a calendar date ("2026-11-23") or of an instant's month (UTC). */
function monthOf(v: string | number): number {
  if (typeof v === 'number') return v;
  const [y, m] = v.split('-').map(Number) as [number, number];
  return Date.UTC(y, (m || 1) - 1, 1);
}
