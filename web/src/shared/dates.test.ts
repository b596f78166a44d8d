import { describe, expect, it } from 'vitest';
import { dateFormat, fromPickerDateTime, parseDate, toPickerDateTime, uses12Hours } from './dates.js';

describe('date formats by language', () => {
  it('uses the dayjs short date format of the app language', () => {
    expect(dateFormat('en')).toBe('MM/DD/YYYY');
    expect(dateFormat('ru')).toBe('DD.MM.YYYY');
    expect(dateFormat('lv')).toBe('DD.MM.YYYY.');
    expect(uses12Hours('en')).toBe(true);
    expect(uses12Hours('ru')).toBe(false);
    expect(uses12Hours('lv')).toBe(false);
  });

  it('parses typed dates in the language format, with or without zeros and the trailing dot', () => {
    expect(parseDate('30.11.2026.', 'lv')).toBe('2026-11-30');
    expect(parseDate('30.11.2026', 'lv')).toBe('2026-11-30');
    expect(parseDate('1.2.2026', 'ru')).toBe('2026-02-01');
    expect(parseDate('11/30/2026', 'en')).toBe('2026-11-30');
    expect(parseDate('2026-11-30', 'lv')).toBe('2026-11-30');
  });

  it('does not turn partial or impossible input into a date', () => {
    for (const text of ['', '30', '30.11.2', '30.11.202', '31.02.2026', '30/11/2026', '2026-02-31']) {
      expect(parseDate(text, text.includes('/') ? 'en' : 'lv')).toBeNull();
    }
  });

  it('round-trips epoch ms through the pickers date-time string on the wall clock of the user zone', () => {
    const ms = Date.UTC(2026, 10, 22, 7, 5); // 09:05 in Riga (UTC+2 in November)
    expect(toPickerDateTime(ms, 'Europe/Riga')).toBe('2026-11-22 09:05:00');
    expect(fromPickerDateTime('2026-11-22 09:05:00', 'Europe/Riga')).toBe(ms);
    expect(toPickerDateTime(ms, 'America/New_York')).toBe('2026-11-22 02:05:00');
    expect(fromPickerDateTime('2026-07-01 12:00:00', 'Europe/Riga')).toBe(Date.UTC(2026, 6, 1, 9, 0)); // summer: UTC+3
    expect(toPickerDateTime(null, 'UTC')).toBeNull();
    expect(fromPickerDateTime(null, 'UTC')).toBeNull();
    expect(fromPickerDateTime('2026-11-22 09:05', 'Europe/Riga')).toBe(ms);
    expect(fromPickerDateTime('not a date', 'UTC')).toBeNull();
  });
});
