import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.js';
import { fieldErrorText } from './field-error-text.js';

describe('field errors in the user language', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('words the kinds the server names, with their limits, and keeps the server sentence otherwise', async () => {
    await i18n.changeLanguage('lv');
    expect(
      fieldErrorText({ path: 'body.phone', message: 'is not a valid phone number', code: 'invalid_phone' }),
    ).toBe('Nederīgs tālruņa numurs');
    expect(
      fieldErrorText({ path: 'body.title', message: 'Too big', code: 'too_long', params: { maximum: 200 } }),
    ).toBe('Ne vairāk kā 200 rakstzīmes');
    await i18n.changeLanguage('ru');
    expect(fieldErrorText({ path: 'body.name', message: 'is required', code: 'required' })).toBe(
      'Обязательное поле',
    );
    const own = { path: 'lines.0.unitPrice', message: 'is required for a line without a price list' };
    expect(fieldErrorText(own)).toBe(own.message);
  });
});
