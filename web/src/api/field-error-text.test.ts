import type { FieldErrorCode, FieldErrorEntity } from '@server/platform/errors.js';
import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.js';
import { fieldErrorText } from './field-error-text.js';
import { allOf } from './server-types.js';

// Every kind of field problem the server names, and every record a `not_found` can be about: the
// compiler refuses a list that leaves one out, so a code added on the server fails `npm run lint`
// here, and then these tests until en, ru and lv word it.
const CODES = allOf<FieldErrorCode>()([
  'required',
  'invalid_email',
  'invalid_url',
  'invalid_domain',
  'invalid_phone',
  'invalid_date',
  'invalid_time_zone',
  'invalid_option',
  'invalid_format',
  'invalid_type',
  'too_short',
  'too_long',
  'too_small',
  'too_big',
  'unknown_field',
  'duplicate_values',
  'empty_file',
  'not_found',
  'not_available',
  'wrong_entity',
  'already_used',
  'self_merge',
  'self_substitute',
  'would_cycle',
  'mutually_exclusive',
  'end_before_start',
  'in_the_past',
  'wrong_password',
  'not_permitted',
  'not_in_pipeline',
  'every_stage_once',
  'only_when_lost',
  'locked_by_lines',
  'needs_product',
  'set_by_product',
  'exceeds_total',
  'no_price',
  'not_valid_on_date',
  'currency_mismatch',
  'price_overlap',
  'no_lines',
  'negative_only_returned',
  'must_stay_returned',
  'lead_converted',
  'no_condition',
  'condition_not_allowed',
  'no_options',
  'invalid_operator',
  'too_many_values',
  'filter_too_large',
  'filter_too_deep',
  'not_sortable',
  'invalid_cursor',
  'unknown_target',
  'no_identity',
  'no_customer',
  'no_product',
  'unknown_status',
  'invalid_quantity',
  'invalid_amount',
  'invalid_currency',
]);
const ENTITIES = allOf<FieldErrorEntity>()([
  'person',
  'company',
  'user',
  'team',
  'product',
  'category',
  'price_list',
  'pipeline',
  'deal',
  'lost_reason',
  'contact_source',
]);
const LANGUAGES = ['en', 'ru', 'lv'] as const;
// Values for every placeholder the sentences use; a new placeholder needs one here.
const PARAMS = {
  minimum: 2,
  maximum: 200,
  priceList: 'Retail 2026',
  currency: 'USD',
  expected: 'EUR',
  target: 'shoeSize',
  value: 'shipped',
  allowed: 'placed, paid, fulfilled, cancelled, returned',
};
const SERVER_SENTENCE = 'the English sentence of the server';

const own = (lng: string, key: string): unknown =>
  i18n.getResource(lng, 'translation', `errors.field.${key}`);

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
    const uncoded = { path: 'filter.op', message: 'operator "gt" is not valid for text field "city"' };
    expect(fieldErrorText(uncoded)).toBe(uncoded.message);
  });

  it.each(LANGUAGES)('%s words every code the server sends, placeholders filled', async (lng) => {
    await i18n.changeLanguage(lng);
    for (const code of CODES) {
      expect(own(lng, code), `${lng}: errors.field.${code}`).toEqual(expect.any(String));
      const text = fieldErrorText({ path: 'x', message: SERVER_SENTENCE, code, params: PARAMS });
      expect(text, `${lng}: ${code}`).not.toBe(SERVER_SENTENCE);
      expect(text, `${lng}: ${code}`).not.toMatch(/\{\{|\}\}/);
    }
  });

  it.each(LANGUAGES)(
    '%s names the missing record in its own words (gender agrees in ru and lv)',
    async (lng) => {
      await i18n.changeLanguage(lng);
      const texts = ENTITIES.map((entity) => {
        expect(own(lng, `not_found_${entity}`), `${lng}: not_found_${entity}`).toEqual(expect.any(String));
        return fieldErrorText({ path: 'x', message: SERVER_SENTENCE, code: 'not_found', params: { entity } });
      });
      expect(new Set(texts).size).toBe(ENTITIES.length);
    },
  );

  it('picks the form of the sentence by entity, and the general one where there is no form of its own', async () => {
    await i18n.changeLanguage('ru');
    const missing = (entity: FieldErrorEntity) =>
      fieldErrorText({ path: 'x', message: 'x', code: 'not_found', params: { entity, id: 'x_1' } });
    expect(missing('company')).toBe('Компания не найдена');
    expect(missing('user')).toBe('Пользователь не найден');
    await i18n.changeLanguage('lv');
    expect(missing('person')).toBe('Persona nav atrasta');
    expect(missing('price_list')).toBe('Cenrādis nav atrasts');
    expect(
      fieldErrorText({
        path: 'survivorId',
        message: 'cmp_1 is a company; people merge only with people',
        code: 'wrong_entity',
        params: { entity: 'company', expected: 'person', id: 'cmp_1' },
      }),
    ).toBe('Šis ir uzņēmums, nevis persona');
    // `already_used` has no form per entity: the general sentence.
    expect(
      fieldErrorText({
        path: 'sku',
        message: 'x',
        code: 'already_used',
        params: { entity: 'product', id: 'prd_1' },
      }),
    ).toBe('Jau tiek izmantots');
    await i18n.changeLanguage('en');
    expect(
      fieldErrorText({
        path: 'priceListId',
        message: 'price list "Retail" is in USD; the deal is in EUR',
        code: 'currency_mismatch',
        params: { currency: 'USD', expected: 'EUR' },
      }),
    ).toBe('The price list is in USD, the deal in EUR');
  });
});
