import { describe, expect, it } from 'vitest';
import { decimalSeparatorOf, moneyInputText, parseMoney } from './money.js';

describe('money inputs in the user language', () => {
  it('shows an amount with the language decimal separator and reads either separator back', () => {
    expect(decimalSeparatorOf('en')).toBe('.');
    expect(decimalSeparatorOf('lv')).toBe(',');
    expect(decimalSeparatorOf('ru')).toBe(',');
    expect(moneyInputText(125050, ',')).toBe('1250,50');
    expect(moneyInputText(125050, '.')).toBe('1250.50');
    expect(parseMoney(moneyInputText(125050, ','))).toBe(125050);
    expect(parseMoney('1 250.5')).toBe(125050);
  });
});
