import { describe, expect, it } from 'vitest';
import { absenceState } from './absence.js';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23, 12);

describe('which absence the users list shows', () => {
  it('shows a running or coming absence and hides a finished one', () => {
    expect(absenceState({ absentFrom: null, absentUntil: null }, NOW)).toBeNull();
    expect(absenceState({ absentFrom: NOW - DAY, absentUntil: NOW + DAY }, NOW)).toBe('now');
    expect(absenceState({ absentFrom: NOW - DAY, absentUntil: null }, NOW)).toBe('now');
    expect(absenceState({ absentFrom: NOW + 3 * DAY, absentUntil: NOW + 5 * DAY }, NOW)).toBe('planned');
    expect(absenceState({ absentFrom: NOW - 5 * DAY, absentUntil: NOW - 3 * DAY }, NOW)).toBeNull();
    // The last day counts until its end.
    expect(absenceState({ absentFrom: NOW - DAY, absentUntil: NOW }, NOW)).toBe('now');
  });
});
