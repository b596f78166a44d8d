import { describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json';
import lv from '../../../i18n/lv.json';
import { languageName, sourceLabel } from '../../../shared/display-names.js';
import { leadFields } from '../lead-fields.js';
import type { ScoringRule } from '../leads.types.js';
import { reasonLabel } from '../score-history.js';
import { describeFilter, describeRule, matchesEveryLead } from './describe-rule.js';

/** A `t` over one catalog, like i18next's for plain keys. */
const tOf = (catalog: object) => (key: string) => {
  const v = key
    .split('.')
    .reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], catalog);
  if (typeof v !== 'string') throw new Error(`missing ${key}`);
  return v;
};
const sources = [
  { key: 'web_form', label: 'web form' },
  { key: 'fair', label: 'Riga Food 2026' },
];

function describers(catalog: object) {
  const t = tOf(catalog);
  const options = sources.map((s) => ({ value: s.key, label: sourceLabel(s.key, sources, t) }));
  return {
    t,
    fields: leadFields((s) => t(`leads.status.${s}`), options),
    userName: (id: string) => (id === 'usr_1' ? 'Ilze Ozola' : undefined),
    formName: (id: string) => (id === 'frm_1' ? 'Contact us' : undefined),
  };
}

const rule = (r: Partial<ScoringRule>): ScoringRule => ({
  id: 'lsr_1',
  name: 'x',
  kind: 'field',
  condition: null,
  eventType: null,
  points: 10,
  halfLifeDays: null,
  enabled: true,
  ...r,
});

describe('scoring rules in words', () => {
  it('names fields, operators and values in the user language, not JSON', () => {
    const tree = {
      and: [
        { field: 'source', op: 'eq', value: 'web_form' },
        {
          or: [
            { field: 'score', op: 'gte', value: 10 },
            { field: 'ownerId', op: 'eq', value: 'usr_1' },
          ],
        },
        { not: { field: 'email', op: 'isEmpty' } },
      ],
    };
    expect(describeFilter(tree, describers(en))).toBe(
      'Source is Web form AND (Score at least 10 OR Owner is Ilze Ozola) AND NOT (Email is empty)',
    );
    expect(
      describeRule(
        rule({ condition: { field: 'source', op: 'in', value: ['web_form', 'fair'] } }),
        describers(lv),
      ),
    ).toBe('Avots ir kāds no Tīmekļa veidlapa, Riga Food 2026');
    expect(describeFilter({ and: [] }, describers(en))).toBe('every lead');
    const money = {
      ...describers(en),
      fields: [{ name: 'amount', type: 'money' as const, label: 'Amount', sortable: true }],
    };
    expect(describeFilter({ field: 'amount', op: 'gte', value: 125050 }, money)).toBe(
      'Amount at least 1250.50',
    );
  });

  it('flags field rules without a condition (saved before the server refused them), not event rules', () => {
    expect(matchesEveryLead(rule({ condition: { and: [] } }))).toBe(true);
    expect(matchesEveryLead(rule({ condition: null }))).toBe(true);
    expect(matchesEveryLead(rule({ condition: { field: 'source', op: 'eq', value: 'fair' } }))).toBe(false);
    expect(matchesEveryLead(rule({ kind: 'event', eventType: 'email.opened' }))).toBe(false);
  });

  it('words event rules and score reasons with event labels', () => {
    const d = describers(en);
    expect(
      describeRule(
        rule({
          kind: 'event',
          eventType: 'form.submitted',
          condition: { path: 'formId', op: 'eq', value: 'frm_1' },
        }),
        d,
      ),
    ).toBe('Web form submitted: Form is “Contact us”');
    expect(describeRule(rule({ kind: 'event', eventType: 'shop.visit' }), d)).toBe('shop.visit');
    expect(reasonLabel('form.submitted', tOf(lv))).toBe('Iesniegta tīmekļa veidlapa');
    expect(reasonLabel('decay', tOf(en))).toBe('Points faded over time');
  });

  it('shows built-in sources translated unless renamed, and languages by name', () => {
    const t = tOf(lv);
    expect(sourceLabel('web_form', sources, t)).toBe('Tīmekļa veidlapa');
    expect(sourceLabel('exhibition', [], t)).toBe('Izstāde');
    expect(sourceLabel('web_form', [{ key: 'web_form', label: 'Mūsu forma' }], t)).toBe('Mūsu forma');
    expect(sourceLabel('gone', sources, t)).toBe('gone');
    expect(languageName('lv', 'en')).toBe('Latvian');
    expect(languageName('en', 'ru')).toBe('Английский');
    expect(languageName('ru', 'lv')).toMatch(/^Krievu/);
  });
});
