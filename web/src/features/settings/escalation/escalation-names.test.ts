import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../../../i18n/index.js';
import { escalationRuleName, SEEDED_RULE_NAMES } from './escalation-names.js';

const MIGRATION = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../../server/src/db/migrations/2026_11_22_2123_create_escalation_rules.ts',
);

describe('seeded escalation rule names', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('are the names the server seeds', () => {
    const seeded = fs.readFileSync(MIGRATION, 'utf8');
    for (const [id, name] of Object.entries(SEEDED_RULE_NAMES)) {
      expect(seeded).toMatch(new RegExp(`id: '${id}',\\s*name: '${name}'`));
    }
  });

  it('read in the user language until the admin renames the rule', async () => {
    await i18n.changeLanguage('lv');
    const t = (k: string) => i18n.t(k);
    const rule = { id: 'esc_default_absent', name: 'Assignee absent → substitute' };
    expect(escalationRuleName(rule, t)).toBe('Izpildītājs prombūtnē → aizvietotājs');
    expect(escalationRuleName({ ...rule, name: 'Prombūtne' }, t)).toBe('Prombūtne');
    expect(escalationRuleName({ id: 'esc_01x', name: 'Overdue 24 h → notify team lead' }, t)).toBe(
      'Overdue 24 h → notify team lead',
    );
    await i18n.changeLanguage('ru');
    expect(
      escalationRuleName(
        { id: 'esc_default_overdue_24h', name: SEEDED_RULE_NAMES.esc_default_overdue_24h! },
        t,
      ),
    ).toBe('Просрочка 24 ч → уведомить руководителя команды');
  });
});
