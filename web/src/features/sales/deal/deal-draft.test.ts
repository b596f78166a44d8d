import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/client.js';
import { i18n } from '../../../i18n/index.js';
import { emptyDraft, inputOf } from './deal-draft.js';

describe('deal draft', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('refuses an amount that is not a number as a field error in the user language', async () => {
    await i18n.changeLanguage('lv');
    const err = (() => {
      try {
        inputOf({ ...emptyDraft('usr_1'), title: 'Chairs', amount: '12abc' });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).errors).toEqual([
      { path: 'amount', message: 'Nederīga vērtība', code: 'invalid_type' },
    ]);
  });
});
