import { describe, expect, it } from 'vitest';
import { makeFormat } from './format.js';

describe('makeFormat', () => {
  it('shows a calendar date as that day in any time zone', () => {
    // Midnight UTC of 15 September is still 14 September in New York: a birthday must not move.
    expect(makeFormat('en-US', 'America/New_York').date('2003-09-15')).toBe('Sep 15, 2003');
    expect(makeFormat('en-US', 'Pacific/Kiritimati').date('2003-09-15')).toBe('Sep 15, 2003');
  });
  it('shows an instant in the user zone', () => {
    const lateEvening = Date.UTC(2026, 0, 1, 23, 30);
    expect(makeFormat('en-US', 'UTC').date(lateEvening)).toBe('Jan 1, 2026');
    expect(makeFormat('en-US', 'Europe/Riga').date(lateEvening)).toBe('Jan 2, 2026');
    expect(makeFormat('en-US', 'UTC').date(null)).toBe('—');
  });
  it('names months in the user language, Latvian spelled as a Latvian writes it', () => {
    expect(makeFormat('en', 'UTC').month('2026-11')).toBe('November 2026');
    expect(makeFormat('ru', 'UTC').month('2026-11')).toBe('Ноябрь 2026 г.');
    expect(makeFormat('lv', 'UTC').month('2026-11-23')).toBe('2026. gada novembris');
  });
  it('labels chart months with the whole year, so "Dec 25" is not read as a day', () => {
    expect(makeFormat('en', 'UTC').monthShort('2025-12')).toBe('Dec 2025');
    expect(makeFormat('ru', 'UTC').monthShort('2025-12')).toBe('дек. 2025');
    expect(makeFormat('lv', 'UTC').monthShort('2025-12')).toBe('2025. dec.');
  });
});
