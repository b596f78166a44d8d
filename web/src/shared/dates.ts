import dayjs from 'dayjs';
import 'dayjs/locale/lv';
import 'dayjs/locale/ru';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

// The date pickers format and parse with dayjs in the app's language (not the browser's), and show
// instants in the user's time zone (their setting, else the browser's), as the rest of the app does.
dayjs.extend(customParseFormat);
dayjs.extend(localizedFormat);
dayjs.extend(utc);
dayjs.extend(timezone);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = 'YYYY-MM-DD HH:mm:ss';

/** The language's short date format, dayjs `L`: `MM/DD/YYYY` (en), `DD.MM.YYYY` (ru), `DD.MM.YYYY.` (lv). */
export function dateFormat(locale: string): string {
  return dayjs.Ls[locale]?.formats.L ?? 'MM/DD/YYYY';
}

/** The language's time format, dayjs `LT`: `h:mm A` (en), `H:mm` (ru), `HH:mm` (lv). */
export function timeFormat(locale: string): string {
  return dayjs.Ls[locale]?.formats.LT ?? 'h:mm A';
}

/** Whether the language writes times on a 12-hour clock with AM/PM. */
export const uses12Hours = (locale: string): boolean =>
  /h/.test(timeFormat(locale).replace(/\[[^\]]*\]/g, ''));

/**
 * Typed text → `YYYY-MM-DD`, or null while it is not a whole date yet. Accepts the language's
 * format with or without leading zeros and a trailing dot (`30.11.2026.`, `30.11.2026`, `1.2.2026`)
 * and the ISO form; partial input ("30.11.2") never becomes a date.
 */
export function parseDate(text: string, locale: string): string | null {
  const s = text.trim();
  if (!s) return null;
  if (ISO_DATE.test(s)) return dayjs(s, 'YYYY-MM-DD', true).isValid() ? s : null;
  const full = dateFormat(locale);
  const formats = new Set([full, full.replace(/\.$/, '')]);
  for (const f of [...formats]) formats.add(f.replace('DD', 'D').replace('MM', 'M'));
  for (const f of formats) {
    const d = dayjs(s, f, locale, true);
    if (d.isValid()) return d.format('YYYY-MM-DD');
  }
  return null;
}

/** epoch ms → the pickers' date-time string (`YYYY-MM-DD HH:mm:ss`) on the wall clock of `zone`. */
export function toPickerDateTime(ms: number | null | undefined, zone: string): string | null {
  return ms === null || ms === undefined ? null : dayjs(ms).tz(zone).format(DATE_TIME);
}

/** The pickers' date-time string, read on the wall clock of `zone` → epoch ms. */
export function fromPickerDateTime(value: string | null | undefined, zone: string): number | null {
  if (!value || !dayjs(value).isValid()) return null;
  return dayjs.tz(value, zone).valueOf();
}
