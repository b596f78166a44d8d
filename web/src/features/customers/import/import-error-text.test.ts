import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.js';
import { importErrorText } from './import-error-text.js';
import type { ImportErrorView } from './imports.api.js';

const badEmail: ImportErrorView = {
  line: 3,
  column: 'Email',
  value: 'broken@',
  reason: 'is not a valid email address',
  code: 'invalid_email',
  params: null,
};
const tooLong: ImportErrorView = {
  line: 5,
  column: 'First Name',
  value: 'X'.repeat(201),
  reason: 'Too big: expected string to have <=200 characters',
  code: 'too_long',
  params: { maximum: 200 },
};
const badStatus: ImportErrorView = {
  line: 7,
  column: 'status',
  value: 'lost',
  reason: 'lost is not one of placed, paid, shipped, delivered, cancelled, returned',
  code: 'unknown_status',
  params: { value: 'lost', allowed: 'placed, paid, shipped, delivered, cancelled, returned' },
};
const noName: ImportErrorView = {
  line: 4,
  column: null,
  value: null,
  reason: 'row has no name, email, phone or external id',
  code: 'no_identity',
  params: null,
};
// A row stored before the kinds were recorded.
const old: ImportErrorView = { ...badEmail, code: null };

describe("the wizard's bad rows in the user language", () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('words each rejected cell by its kind in Latvian and Russian, with its values', async () => {
    await i18n.changeLanguage('lv');
    expect([badEmail, tooLong, badStatus, noName].map(importErrorText)).toEqual([
      'Nederīga e-pasta adrese',
      'Ne vairāk kā 200 rakstzīmes',
      '“lost” nav statuss; derīgi: placed, paid, shipped, delivered, cancelled, returned',
      'Rindā nav ne vārda, ne e-pasta, ne tālruņa, ne ārējā ID',
    ]);
    await i18n.changeLanguage('ru');
    expect(importErrorText(tooLong)).toBe('Не более 200 символов');
    expect(importErrorText(noName)).toBe('В строке нет ни имени, ни эл. почты, ни телефона, ни внешнего ID');
  });

  it('keeps the English reason of a row stored without a kind', async () => {
    await i18n.changeLanguage('lv');
    expect(importErrorText(old)).toBe('is not a valid email address');
  });
});
