import { ApiError } from '../../../api/client.js';
import { fieldErrorText } from '../../../api/field-error-text.js';
import { moneyInputText, parseMoney } from '../money.js';
import type { Deal, DealInput } from '../sales.types.js';
import type { DealDraft } from './deal-form-fields.js';

export const emptyDraft = (ownerId: string | null): DealDraft => ({
  title: '',
  amount: '',
  currency: 'EUR',
  expectedCloseDate: '',
  personId: null,
  companyId: null,
  ownerId,
});

/** A deal as the form's draft; `separator`: the user's decimal separator for the amount's text. */
export const draftOf = (d: Deal, separator = '.'): DealDraft => ({
  title: d.title,
  amount: moneyInputText(d.amount, separator),
  currency: d.currency,
  expectedCloseDate: d.expectedCloseDate ?? '',
  personId: d.personId,
  companyId: d.companyId,
  ownerId: d.ownerId,
});

/** The API body of a draft; an amount that is not a number is reported like a server field error. */
export function inputOf(d: DealDraft): DealInput {
  const amount = d.amount.trim() === '' ? 0 : parseMoney(d.amount);
  if (amount === null) {
    const problem = { path: 'amount', message: 'is not a number', code: 'invalid_type' } as const;
    throw new ApiError(400, 'validation_failed', 'amount', [
      { ...problem, message: fieldErrorText(problem) },
    ]);
  }
  return {
    title: d.title.trim(),
    amount,
    currency: d.currency,
    expectedCloseDate: d.expectedCloseDate || null,
    personId: d.personId,
    companyId: d.companyId,
    ownerId: d.ownerId,
  };
}
