import { afterAll, describe, expect, it } from 'vitest';
import { i18n } from '../i18n/index.js';
import { consentSourceLabel } from './display-names.js';

describe('consent sources in the user language', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('words the sources Rapport writes and keeps an API client own word', async () => {
    await i18n.changeLanguage('lv');
    const label = (s: string) =>
      consentSourceLabel(
        s,
        (k) => i18n.t(k),
        (k) => i18n.exists(k),
      );
    expect(label('web_form')).toBe('tīmekļa forma');
    expect(label('crm')).toBe('ievadīts Rapport');
    expect(label('shop-checkout')).toBe('shop-checkout');
  });
});
