import { describe, expect, it } from 'vitest';
import { defaultDealTitle } from './deal-title.js';

const lead = { firstName: 'Marta', lastName: 'Ozola', email: null, companyName: null, interest: null };

describe('defaultDealTitle', () => {
  it('names the deal after what the lead wants, with the company', () => {
    expect(
      defaultDealTitle(
        { ...lead, interest: ' Office chairs for 40 people ', companyName: 'SIA Krēsli' },
        'Marta Ozola',
      ),
    ).toBe('Office chairs for 40 people — SIA Krēsli');
    expect(defaultDealTitle({ ...lead, interest: 'Kitchen equipment' }, 'Marta Ozola')).toBe(
      'Kitchen equipment',
    );
  });
  it("falls back to the lead's name when the lead said nothing about what it wants", () => {
    expect(defaultDealTitle({ ...lead, interest: '  ', companyName: 'SIA Krēsli' }, 'Marta Ozola')).toBe(
      'Marta Ozola',
    );
  });
  it('stays within the 300 characters the server takes', () => {
    expect(defaultDealTitle({ ...lead, interest: 'x'.repeat(400) }, 'Marta Ozola')).toHaveLength(300);
  });
});
