import type { FieldError } from '@server/platform/errors.js';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../api/client.js';
import { en, lv, ru } from '../i18n/catalogs.js';
import { i18n } from '../i18n/index.js';
import { actionErrorText } from './action-error-text.js';

const refused = (...errors: FieldError[]) => new ApiError(400, 'validation_failed', 'x', errors);
const noReason: FieldError = {
  path: 'lostReasonId',
  message: 'is required to move a deal to a lost stage',
  code: 'required',
};
const archived: FieldError = {
  path: 'lostReasonId',
  message: 'lost reason lr_1 is archived',
  code: 'not_available',
  params: { entity: 'lost_reason', id: 'lr_1' },
};
const selfMerge: FieldError = { path: 'mergedId', message: 'cannot merge', code: 'self_merge' };
const longTitle: FieldError = {
  path: 'body.title',
  message: 'Too big',
  code: 'too_long',
  params: { maximum: 200 },
};

describe('why an action was refused, in the user language', () => {
  afterAll(() => i18n.changeLanguage('en'));

  it('names the field a bare reason needs, from the labels the action gives', async () => {
    await i18n.changeLanguage('en');
    const labels = { lostReasonId: 'Lost reason', title: 'Title' };
    expect(actionErrorText(refused(noReason), i18n, labels)).toBe('“Lost reason” is required');
    // `body.` and the rest of a nested path find the label of the field.
    expect(actionErrorText(refused(longTitle), i18n, labels)).toBe('“Title” can have at most 200 characters');
    expect(
      actionErrorText(
        refused({ path: 'lines[2].quantity', message: 'x', code: 'negative_only_returned' }),
        i18n,
        { lines: 'Lines' },
      ),
    ).toBe('“Lines” can be negative only in a returned order');
  });

  it('never shows a bare word without its field: says a value was refused and why', async () => {
    await i18n.changeLanguage('en');
    const text = actionErrorText(refused(noReason), i18n);
    expect(text).toBe('A value was not accepted: Required');
    expect(text).not.toBe(en.errors.field.required);
  });

  it('keeps sentences that name their subject as they are, label or not', async () => {
    await i18n.changeLanguage('en');
    for (const labels of [undefined, { lostReasonId: 'Lost reason', mergedId: 'Merged' }]) {
      expect(actionErrorText(refused(archived), i18n, labels)).toBe('This lost reason is archived');
      expect(actionErrorText(refused(selfMerge), i18n, labels)).toBe('A record cannot be merged with itself');
    }
    // A kind the web does not know keeps the server's sentence.
    const uncoded = { path: 'x', message: 'the server says why' };
    expect(actionErrorText(refused(uncoded), i18n)).toBe('the server says why');
  });

  it('gives one line per reason, each once', async () => {
    await i18n.changeLanguage('en');
    expect(actionErrorText(refused(archived, longTitle, archived, selfMerge), i18n, { title: 'Title' })).toBe(
      [
        'This lost reason is archived',
        '“Title” can have at most 200 characters',
        'A record cannot be merged with itself',
      ].join('\n'),
    );
  });

  it('speaks Latvian, with and without labels', async () => {
    await i18n.changeLanguage('lv');
    const labels = { lostReasonId: 'Zaudējuma iemesls', title: 'Nosaukums' };
    expect(actionErrorText(refused(noReason, longTitle), i18n, labels)).toBe(
      'Lauks “Zaudējuma iemesls” ir obligāts\nLaukā “Nosaukums” var būt ne vairāk kā 200 rakstzīmes',
    );
    expect(actionErrorText(refused(noReason), i18n)).toBe('Vērtība netika pieņemta: Obligāts lauks');
    expect(actionErrorText(refused(archived), i18n, labels)).toBe('Šis zaudējuma iemesls ir arhivēts');
    expect(
      actionErrorText(
        refused({
          path: 'status',
          message: 'lines[0].quantity is negative, so the order must stay returned',
          code: 'must_stay_returned',
          params: { line: 0 },
        }),
        i18n,
        { status: 'Statuss' },
      ),
    ).toBe('Pasūtījumā ir pozīcijas ar negatīvu daudzumu, tāpēc tas paliek atgriezts');
  });

  it('has nothing to say for errors without field problems (the code words those)', () => {
    expect(actionErrorText(new ApiError(409, 'conflict', 'x'), i18n)).toBeNull();
    expect(actionErrorText(new Error('boom'), i18n)).toBeNull();
  });

  it.each([
    ['en', en],
    ['ru', ru],
    ['lv', lv],
  ] as const)('%s: every action sentence names the field of a kind the server sends', (_lng, catalog) => {
    const { unnamed, ...sentences } = catalog.errors.action;
    expect(unnamed).toContain('{{reason}}');
    for (const [code, sentence] of Object.entries(sentences)) {
      expect(sentence, code).toContain('{{field}}');
      expect(catalog.errors.field, code).toHaveProperty(code);
    }
  });
});
