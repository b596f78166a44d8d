import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.js';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, auditActionLabel, auditEntityLabel } from './audit-labels.js';

const SERVER_SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../../server/src');

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** The string literals the server passes as `field` in its `recordAudit(…)` calls. */
function auditedLiterals(field: 'entityType' | 'action'): string[] {
  const found = new Set<string>();
  const literal = new RegExp(
    `${field}: (?:[^,\\n]*\\? )?'([a-z_]+)'(?: : '([a-z_]+)')?(?: : '([a-z_]+)')?`,
    'g',
  );
  for (const file of sources(SERVER_SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const call of text.split('recordAudit(').slice(1)) {
      for (const m of call.slice(0, 600).matchAll(literal)) {
        for (const v of m.slice(1)) if (v) found.add(v);
      }
    }
  }
  return [...found].sort();
}

const label = (fn: typeof auditEntityLabel, value: string) =>
  fn(
    value,
    (k) => i18n.t(k),
    (k) => i18n.exists(k),
  );

describe('audit log words in the user language', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('knows every record type and action the server writes', () => {
    expect(
      auditedLiterals('entityType').filter((v) => !(AUDIT_ENTITY_TYPES as readonly string[]).includes(v)),
    ).toEqual([]);
    expect(
      auditedLiterals('action').filter((v) => !(AUDIT_ACTIONS as readonly string[]).includes(v)),
    ).toEqual([]);
    // The scan itself works: it finds the common ones.
    expect(auditedLiterals('action')).toEqual(expect.arrayContaining(['create', 'update', 'delete']));
  });

  it.each(['en', 'ru', 'lv'])('words each of them in %s', async (lng) => {
    await i18n.changeLanguage(lng);
    const raw = [
      ...AUDIT_ENTITY_TYPES.filter((v) => label(auditEntityLabel, v) === v),
      ...AUDIT_ACTIONS.filter((v) => label(auditActionLabel, v) === v),
    ];
    expect(raw).toEqual([]);
  });

  it('words the log for a Russian admin and shows an unknown value as it is', async () => {
    await i18n.changeLanguage('ru');
    expect(label(auditEntityLabel, 'price_list_price')).toBe('Цена в прайс-листе');
    expect(label(auditActionLabel, 'update')).toBe('Изменение');
    expect(label(auditEntityLabel, 'loyalty_card')).toBe('loyalty_card');
  });
});
