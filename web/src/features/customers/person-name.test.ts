import { describe, expect, it } from 'vitest';
import { personName } from './person-name.js';

const blank = { firstName: null, lastName: null, email: null, phone: null };

describe('personName', () => {
  it('prefers the name, then email, phone and external id', () => {
    expect(personName({ ...blank, firstName: 'Ilze', lastName: 'Ozola', email: 'i@x.lv' })).toBe(
      'Ilze Ozola',
    );
    expect(personName({ ...blank, lastName: 'Ozola' })).toBe('Ozola');
    expect(personName({ ...blank, email: 'i@x.lv', phone: '+37120000000' })).toBe('i@x.lv');
    expect(personName({ ...blank, phone: '+37120000000' })).toBe('+37120000000');
    expect(personName({ ...blank, externalIds: [{ source: 'import', id: 'K-77' }] })).toBe('K-77');
    expect(personName(blank)).toBe('—');
  });
});
