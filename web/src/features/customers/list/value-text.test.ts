import i18next, { type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json';
import lv from '../../../i18n/lv.json';
import ru from '../../../i18n/ru.json';
import { makeFormat } from '../../../shared/format.js';
import { fieldLabel } from '../customers.api.js';
import type { FieldDefinition } from '../customers.types.js';
import { customListFields, withOptionLabels } from '../filter/filter-model.js';
import { PEOPLE_FIELDS } from './people-fields.js';
import { fieldValueText } from './value-text.js';

let i18n: I18n;
beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.init({
    lng: 'lv',
    fallbackLng: false,
    showSupportNotice: false,
    resources: { en: { translation: en }, ru: { translation: ru }, lv: { translation: lv } },
  });
});

const def = (key: string, type: FieldDefinition['type'], options: FieldDefinition['options'] = []) =>
  ({ key, type, label: { en: key }, options }) as FieldDefinition;
const TIER = def('tier', 'select', [
  { value: 'gold', label: { en: 'Gold', ru: 'Золото', lv: 'Zelts' } },
  { value: 'silver', label: { en: 'Silver' } },
]);
const INTERESTS = def('interests', 'multi_select', [
  { value: 'wine', label: { en: 'Wine', lv: 'Vīns' } },
  { value: 'books', label: { en: 'Books', lv: 'Grāmatas' } },
]);
const USERS = [{ id: 'usr_1', name: 'Olga Owner' }];
const words = { yes: 'Jā', no: 'Nē' };
// Intl separates with no-break spaces.
const spaced = (s: string) => s.replace(/\s/g, ' ');

/** The list fields as a Latvian user gets them (useListFields without React). */
function latvianFields(defs: FieldDefinition[]) {
  const custom = customListFields(defs, (d) => fieldLabel(d, 'lv'));
  return withOptionLabels([...PEOPLE_FIELDS, ...custom], (k) => i18n.t(k, { lng: 'lv' }), USERS);
}
const field = (name: string) =>
  latvianFields([TIER, INTERESTS, def('manager', 'user')]).find((f) => f.name === name);

describe('list values in the user language', () => {
  const fmt = makeFormat('lv', 'UTC');
  it('shows select and multi-select options by their label in that language, English when it has none', () => {
    expect(fieldValueText(field('custom.tier'), 'gold', fmt, words)).toBe('Zelts');
    expect(fieldValueText(field('custom.tier'), 'silver', fmt, words)).toBe('Silver');
    expect(fieldValueText(field('custom.interests'), ['wine', 'books'], fmt, words)).toBe('Vīns, Grāmatas');
    // A value no longer among the options is still shown.
    expect(fieldValueText(field('custom.tier'), 'platinum', fmt, words)).toBe('platinum');
  });
  it('names users instead of showing their ids (owner and custom user fields)', () => {
    expect(fieldValueText(field('ownerId'), 'usr_1', fmt, words)).toBe('Olga Owner');
    expect(fieldValueText(field('custom.manager'), 'usr_1', fmt, words)).toBe('Olga Owner');
    expect(field('custom.manager')?.options).toEqual([{ value: 'usr_1', label: 'Olga Owner' }]);
  });
  it('translates the standard options (gender, preferred channel)', () => {
    expect(fieldValueText(field('gender'), 'female', fmt, words)).toBe(i18n.t('people.genders.female'));
    expect(fieldValueText(field('gender'), 'female', fmt, words)).not.toBe('female');
  });
  it('formats money, dates and numbers the way the language writes them', () => {
    const money = def('ltv', 'money');
    const ltv = customListFields([money], () => 'LTV')[0];
    expect(spaced(fieldValueText(ltv, { amount: 123456, currency: 'EUR' }, fmt, words))).toBe('1234,56 €');
    expect(fieldValueText(ltv, { amount: 123456, currency: 'EUR' }, makeFormat('en', 'UTC'), words)).toBe(
      '€1,234.56',
    );
    const since = customListFields([def('since', 'date')], () => 'Since')[0];
    expect(fieldValueText(since, '2019-04-01', fmt, words)).toBe('2019. gada 1. apr.');
    const visits = customListFields([def('visits', 'number')], () => 'Visits')[0];
    expect(spaced(fieldValueText(visits, 12345.5, makeFormat('ru', 'UTC'), words))).toBe('12 345,5');
    expect(fieldValueText(visits, null, fmt, words)).toBe('—');
  });
});
