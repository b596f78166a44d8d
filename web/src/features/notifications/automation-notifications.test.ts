import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/index.js';

/** What the bell shows for a rule failure: `t(titleKey, params)` with the server's params. */
const text = (kind: string, count: number) =>
  i18n.t(`notifications.${kind}`, { rule: 'Tag deals', ruleId: 'rul_1', error: 'deal has no tags', count });

describe('automation failure notifications in the user language', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('say the rule, how often it failed and the last error, in each language', async () => {
    await i18n.changeLanguage('en');
    expect(text('automation.failed', 1)).toBe('Automation rule “Tag deals” failed: deal has no tags');
    expect(text('automation.failed', 3)).toBe(
      'Automation rule “Tag deals” failed 3 times, last: deal has no tags',
    );
    expect(text('automation.paused', 20)).toBe(
      'Automation rule “Tag deals” was switched off after 20 failures in a row: deal has no tags',
    );
    await i18n.changeLanguage('ru');
    expect(text('automation.failed', 1)).toBe(
      'Правило автоматизации «Tag deals» завершилось с ошибкой: deal has no tags',
    );
    expect(text('automation.failed', 3)).toBe(
      'Правило автоматизации «Tag deals» 3 раза завершилось с ошибкой, последняя: deal has no tags',
    );
    expect(text('automation.failed', 5)).toContain('5 раз завершилось');
    expect(text('automation.paused', 20)).toBe(
      'Правило автоматизации «Tag deals» отключено после 20 ошибок подряд: deal has no tags',
    );
    await i18n.changeLanguage('lv');
    expect(text('automation.failed', 1)).toBe(
      'Automatizācijas noteikums “Tag deals” beidzās ar kļūdu: deal has no tags',
    );
    expect(text('automation.failed', 2)).toBe(
      'Automatizācijas noteikums “Tag deals” 2 reizes beidzās ar kļūdu, pēdējā: deal has no tags',
    );
    expect(text('automation.paused', 20)).toBe(
      'Automatizācijas noteikums “Tag deals” izslēgts pēc 20 secīgām kļūdām: deal has no tags',
    );
  });
});
