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
});
