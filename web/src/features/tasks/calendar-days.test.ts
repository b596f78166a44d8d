import { describe, expect, it } from 'vitest';
import { bucketByDay, dayKeyIn, dayStartIn, gridRange, monthGrid, monthOf } from './calendar-days.js';

const processZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
// Two zones far apart; at least one differs from whatever zone the test process runs in.
const EAST = 'Pacific/Auckland';
const WEST = 'America/Los_Angeles';

describe('calendar days in the user zone', () => {
  it('buckets by the user zone, not the process zone', () => {
    expect([EAST, WEST].some((z) => z !== processZone)).toBe(true);
    // 2026-03-10 20:30 UTC: already the 11th in Auckland (UTC+13), still the 10th in Los Angeles.
    const late = Date.UTC(2026, 2, 10, 20, 30);
    const early = Date.UTC(2026, 2, 10, 9, 0); // the 10th in Auckland (22:00), the 10th in LA (02:00)
    const tasks = [
      { id: 'a', dueAt: late },
      { id: 'b', dueAt: early },
    ];
    const east = bucketByDay(tasks, EAST);
    expect(east.get('2026-03-11')?.map((t) => t.id)).toEqual(['a']);
    expect(east.get('2026-03-10')?.map((t) => t.id)).toEqual(['b']);
    const west = bucketByDay(tasks, WEST);
    expect(west.get('2026-03-10')?.map((t) => t.id)).toEqual(['a', 'b']);
    expect(west.has('2026-03-11')).toBe(false);
  });

  it('puts midnight on the day it starts and starts days at local midnight across DST', () => {
    // Los Angeles springs forward on 2026-03-08: that day starts at UTC-8, the next at UTC-7.
    expect(dayStartIn('2026-03-08', WEST)).toBe(Date.UTC(2026, 2, 8, 8));
    expect(dayStartIn('2026-03-09', WEST)).toBe(Date.UTC(2026, 2, 9, 7));
    expect(dayKeyIn(Date.UTC(2026, 2, 9, 7), WEST)).toBe('2026-03-09');
    expect(dayKeyIn(Date.UTC(2026, 2, 9, 7) - 1, WEST)).toBe('2026-03-08');
    expect(dayStartIn('2026-03-11', EAST)).toBe(Date.UTC(2026, 2, 10, 11));
  });

  it('builds Monday-first 6-week grids and the zoned query range', () => {
    const grid = monthGrid(2026, 2); // March 2026 starts on a Sunday
    expect(grid).toHaveLength(42);
    expect(grid[0]).toBe('2026-02-23');
    expect(grid[6]).toBe('2026-03-01');
    expect(grid[41]).toBe('2026-04-05');
    expect(monthOf(grid[6]!)).toEqual({ year: 2026, month: 2 });
    expect(gridRange(grid, EAST)).toEqual({
      from: Date.UTC(2026, 1, 22, 11), // 2026-02-23 00:00 at UTC+13
      to: Date.UTC(2026, 3, 5, 12), // 2026-04-06 00:00 at UTC+12 (DST ended 2026-04-05)
    });
  });
});
