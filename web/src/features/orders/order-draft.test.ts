import { describe, expect, it } from 'vitest';
import { emptyLine, lineTotal, orderBody, orderTotal } from './order-draft.js';

describe('order draft', () => {
  it('computes totals in minor units like the server', () => {
    const a = { ...emptyLine(), quantity: 3, unitPrice: '1.99', discount: '0,50' };
    const b = { ...emptyLine(), quantity: 0.5, unitPrice: '3.33' };
    expect(lineTotal(a)).toBe(547);
    expect(lineTotal(b)).toBe(167); // round(166.5)
    expect(orderTotal([a, b])).toBe(714);
  });

  it('builds the POST body: product or SKU or name per line, blank lines dropped', () => {
    const body = orderBody({
      personId: 'per_1',
      companyId: null,
      currency: 'eur',
      channel: 'store',
      externalId: ' web-1001 ',
      storeId: ' riga-1 ',
      location: ' Brīvības iela 1, Rīga ',
      status: 'placed',
      lines: [
        { ...emptyLine(), productId: 'prd_1', sku: 'TEA-1', productName: 'Tea', quantity: 2, unitPrice: '4' },
        { ...emptyLine(), productName: 'Gift wrap', unitPrice: '1.00', discount: '0.25' },
        emptyLine(),
      ],
    });
    expect(body).toEqual({
      personId: 'per_1',
      currency: 'EUR',
      status: 'placed',
      channel: 'store',
      externalId: 'web-1001',
      storeId: 'riga-1',
      location: 'Brīvības iela 1, Rīga',
      lines: [
        { productId: 'prd_1', quantity: 2, unitPrice: 400 },
        { productName: 'Gift wrap', quantity: 1, unitPrice: 100, discount: 25 },
      ],
    });
  });

  it('leaves blank external id, store and location out of the body', () => {
    const body = orderBody({
      personId: 'per_1',
      companyId: null,
      currency: 'EUR',
      channel: null,
      externalId: '  ',
      storeId: '',
      location: ' ',
      status: 'placed',
      lines: [{ ...emptyLine(), productName: 'Tea', unitPrice: '1' }],
    });
    expect(body).not.toHaveProperty('externalId');
    expect(body).not.toHaveProperty('storeId');
    expect(body).not.toHaveProperty('location');
  });
});
