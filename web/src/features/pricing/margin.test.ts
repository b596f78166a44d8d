import { describe, expect, it } from 'vitest';
import { marginPercent } from './margin.js';

describe('marginPercent', () => {
  it('gives the margin as a share of the total, one decimal', () => {
    expect(marginPercent(4497, 13497)).toBe(33.3);
    expect(marginPercent(-1000, 1000)).toBe(-100);
    expect(marginPercent(0, 500)).toBe(0);
  });
  it('has no percentage of a zero total', () => {
    expect(marginPercent(0, 0)).toBeNull();
  });
});
