import { describe, expect, it } from 'vitest';
import { lineTotals, priceFor } from './pricing.api.js';
import type { Price } from './pricing.types.js';

const price = (productId: string, minQuantity: number, unitPrice: number) =>
  ({
    id: `${productId}-${minQuantity}`,
    priceListId: 'l',
    productId,
    sku: null,
    productName: null,
    unit: null,
    unitPrice,
    minQuantity,
  }) as Price;

describe('line pricing in the browser (matches the server)', () => {
  const prices = [price('a', 1, 4999), price('a', 10, 4500), price('b', 5, 100)];
  it('picks the highest quantity break not above the quantity', () => {
    expect(priceFor(prices, 'a', 3)).toBe(4999);
    expect(priceFor(prices, 'a', 10)).toBe(4500);
    expect(priceFor(prices, 'b', 4)).toBeNull();
    expect(priceFor(prices, 'c', 1)).toBeNull();
  });
  it('rounds subtotal and percent discount to minor units', () => {
    expect(lineTotals(3, 4999, 10, null)).toEqual({ subtotal: 14997, discount: 1500, total: 13497 });
    expect(lineTotals(12, 4500, null, 1000)).toEqual({ subtotal: 54000, discount: 1000, total: 53000 });
    expect(lineTotals(1.5, 999, null, null)).toEqual({ subtotal: 1499, discount: 0, total: 1499 });
  });
});
