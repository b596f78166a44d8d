import { describe, expect, it } from 'vitest';
import { isCloseOverdue, todayIn } from './close-overdue.js';

describe('isCloseOverdue', () => {
  it('flags an open deal whose expected close date has passed', () => {
    expect(isCloseOverdue('2026-11-22', 'open', '2026-11-23')).toBe(true);
    expect(isCloseOverdue('2026-11-23', 'open', '2026-11-23')).toBe(false);
    expect(isCloseOverdue(null, 'open', '2026-11-23')).toBe(false);
  });
  it('leaves won and lost deals alone: their date is history', () => {
    expect(isCloseOverdue('2026-10-15', 'won', '2026-11-23')).toBe(false);
    expect(isCloseOverdue('2026-10-15', 'lost', '2026-11-23')).toBe(false);
  });
  it("takes today in the user's zone: 23:30 UTC is already tomorrow in Riga", () => {
    const lateEvening = Date.UTC(2026, 10, 22, 23, 30);
    expect(todayIn('UTC', lateEvening)).toBe('2026-11-22');
    expect(todayIn('Europe/Riga', lateEvening)).toBe('2026-11-23');
  });
});
