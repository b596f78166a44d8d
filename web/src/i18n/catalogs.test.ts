import { describe, expect, it } from 'vitest';
import { en, lv, ru } from './catalogs.js';
import enOwn from './en.json' with { type: 'json' };
import lvOwn from './lv.json' with { type: 'json' };
import ruOwn from './ru.json' with { type: 'json' };

const PLURAL = /_(zero|one|two|few|many|other)$/;
const catalogs = { en, ru, lv } as const;

function flatten(obj: unknown, prefix = ''): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') Object.assign(out, flatten(v, key));
    else out[key] = v;
  }
  return out;
}

const flat = Object.fromEntries(Object.entries(catalogs).map(([l, c]) => [l, flatten(c)])) as Record<
  keyof typeof catalogs,
  Record<string, unknown>
>;
// Plural keys differ per language (ru has _few/_many, lv has _zero), so compare their base names.
const baseKeys = (l: keyof typeof catalogs) =>
  [...new Set(Object.keys(flat[l]).map((k) => k.replace(PLURAL, '')))].sort();

describe('translation catalogs', () => {
  it('words field errors only in shared/field-errors (the server reads the same files)', () => {
    for (const own of [enOwn, ruOwn, lvOwn]) expect(own.errors).not.toHaveProperty('field');
    for (const catalog of [en, ru, lv]) expect(catalog.errors.field.required).toEqual(expect.any(String));
  });

  it.each(['ru', 'lv'] as const)('%s has exactly the keys of en', (locale) => {
    expect(baseKeys(locale)).toEqual(baseKeys('en'));
  });

  it.each(['en', 'ru', 'lv'] as const)('%s has no empty or non-string values', (locale) => {
    const bad = Object.entries(flat[locale]).filter(([, v]) => typeof v !== 'string' || v.trim() === '');
    expect(bad).toEqual([]);
  });

  it.each(['en', 'ru', 'lv'] as const)('%s has every plural form its language needs', (locale) => {
    const forms = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const plurals = new Set(
      Object.keys(flat[locale])
        .filter((k) => PLURAL.test(k))
        .map((k) => k.replace(PLURAL, '')),
    );
    for (const base of plurals) {
      for (const form of forms) expect(flat[locale], `${base}_${form}`).toHaveProperty([`${base}_${form}`]);
    }
  });

  it('keeps the same placeholders in every language', () => {
    const vars = (s: unknown) => [...String(s).matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const locale of ['ru', 'lv'] as const) {
      for (const [key, value] of Object.entries(flat.en)) {
        if (PLURAL.test(key)) continue;
        expect(vars(flat[locale][key]), `${locale}:${key}`).toEqual(vars(value));
      }
    }
  });

  it('really translates: most strings differ from English', () => {
    for (const locale of ['ru', 'lv'] as const) {
      const same = Object.entries(flat.en).filter(([k, v]) => flat[locale][k] === v);
      expect(same.length / Object.keys(flat.en).length).toBeLessThan(0.1);
    }
  });
});
