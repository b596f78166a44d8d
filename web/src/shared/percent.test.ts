import { describe, expect, it } from 'vitest';
import { formatPercent } from './percent.js';

describe('percentages per language', () => {
  it('writes the sign the language writes it', () => {
    expect(formatPercent('en', 0.36)).toBe('36%');
    expect(formatPercent('lv', 0.36)).toBe('36%');
    expect(formatPercent('ru', 0.36)).toBe('36\u00a0%');
    expect(formatPercent('en', 0.3074, 1)).toBe('30.7%');
    expect(formatPercent('lv', 0.3074, 1)).toBe('30,7%');
    expect(formatPercent('ru', 0.3074, 1)).toBe('30,7\u00a0%');
  });
});
