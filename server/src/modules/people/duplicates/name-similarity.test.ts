import { describe, expect, it } from 'vitest';
import { nameMatch, normalizeName, trigramSimilarity } from './name-similarity.js';

describe('name similarity', () => {
  it('normalises accents, case and punctuation', () => {
    expect(normalizeName('  Bērziņa-Ozola ')).toBe('berzina ozola');
    expect(normalizeName(null)).toBe('');
  });

  it('scores identical names 1 and unrelated names low', () => {
    expect(trigramSimilarity('anna berzina', 'anna berzina')).toBe(1);
    expect(trigramSimilarity('anna berzina', 'peteris kalns')).toBeLessThan(0.1);
  });

  it('matches same last name + first initial, and near-identical full names', () => {
    expect(
      nameMatch({ firstName: 'A.', lastName: 'Bērziņa' }, { firstName: 'Anna', lastName: 'Berzina' }),
    ).toBe(0.75);
    expect(
      nameMatch({ firstName: 'Jānis', lastName: 'Kalniņš' }, { firstName: 'Janis', lastName: 'Kalnins' }),
    ).toBe(1);
    expect(
      nameMatch({ firstName: 'Katrina', lastName: 'Liepina' }, { firstName: 'Katrīne', lastName: 'Liepiņa' }),
    ).toBeGreaterThan(0.55);
  });

  it('does not match different people or empty names', () => {
    expect(
      nameMatch({ firstName: 'Anna', lastName: 'Berzina' }, { firstName: 'Maris', lastName: 'Berzins' }),
    ).toBeNull();
    expect(
      nameMatch({ firstName: 'Anna', lastName: 'Berzina' }, { firstName: 'Zane', lastName: 'Berzina' }),
    ).toBeNull();
    expect(nameMatch({ firstName: null, lastName: null }, { firstName: null, lastName: null })).toBeNull();
  });
});
