import { describe, expect, it } from 'vitest';
import { type LineDraft, lineBody } from './line-body.js';

const draft = (over: Partial<LineDraft>): LineDraft => ({
  kind: 'product',
  productId: 'prd_1',
  priceListId: 'prl_1',
  name: '',
  unit: '',
  quantity: 2,
  unitPrice: 4999,
  priceEdited: false,
  canOverride: true,
  discountKind: 'percent',
  discount: null,
  ...over,
});

describe('the add-line body', () => {
  it('lets the price list price a product line unless the user typed a price', () => {
    expect(lineBody(draft({}))).toEqual({
      productId: 'prd_1',
      priceListId: 'prl_1',
      quantity: 2,
      unitPrice: undefined,
      discountPercent: null,
      discountAmount: null,
    });
    expect(lineBody(draft({ priceEdited: true, unitPrice: 3999 })).unitPrice).toBe(3999);
    expect(lineBody(draft({ priceListId: null, unitPrice: 1200 })).unitPrice).toBe(1200);
  });

  it('sends no override and no discount without deals:override_prices', () => {
    const rep = { canOverride: false, priceEdited: true, unitPrice: 3999, discount: 10 };
    expect(lineBody(draft(rep))).toMatchObject({ unitPrice: undefined, discountPercent: null });
    // Without a list, or on a free-text line, the typed price is no override.
    expect(lineBody(draft({ ...rep, priceListId: null })).unitPrice).toBe(3999);
    expect(lineBody(draft({ ...rep, kind: 'text', name: 'Delivery' }))).toMatchObject({
      unitPrice: 3999,
      discountPercent: null,
      discountAmount: null,
    });
  });

  it('sends a free-text line with its name, unit and price, without product or list', () => {
    const body = lineBody(
      draft({
        kind: 'text',
        name: '  Installation ',
        unit: 'h',
        quantity: 2.5,
        unitPrice: 4000,
        discountKind: 'amount',
        discount: 12.5,
      }),
    );
    expect(body).toEqual({
      productId: null,
      name: 'Installation',
      unit: 'h',
      quantity: 2.5,
      unitPrice: 4000,
      discountPercent: null,
      discountAmount: 1250,
    });
    expect('priceListId' in body).toBe(false);
    expect('unitCost' in body).toBe(false);
    // A typed cost goes with a free-text line; a product line's cost is the product's.
    expect(lineBody(draft({ kind: 'text', name: 'Install', unitCost: 1500 })).unitCost).toBe(1500);
    expect('unitCost' in lineBody(draft({ unitCost: 1500 }))).toBe(false);
    // Empty text is left out (the server names the missing field), an empty unit is no unit.
    expect(lineBody(draft({ kind: 'text', name: ' ', unit: ' ' }))).toMatchObject({
      name: undefined,
      unit: null,
    });
  });
});
