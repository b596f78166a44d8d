import { describe, expect, it } from 'vitest';
import { costText, productCostBody } from './product-cost.js';

describe('productCostBody', () => {
  it('turns the typed cost into minor units with its currency', () => {
    expect(productCostBody('12,50', 'EUR')).toEqual({ costPrice: 1250, costCurrency: 'EUR' });
    expect(productCostBody(' 0 ', 'USD')).toEqual({ costPrice: 0, costCurrency: 'USD' });
  });
  it('clears the cost when empty and refuses what is not an amount', () => {
    expect(productCostBody('  ', 'EUR')).toEqual({ costPrice: null, costCurrency: null });
    expect(productCostBody('abc', 'EUR')).toBeNull();
    expect(productCostBody('-3', 'EUR')).toBeNull();
  });
  it('shows a stored cost in major units', () => {
    expect(costText(1250)).toBe('12.50');
    expect(costText(null)).toBe('');
  });
});
