import { moneyInputText, parseMoney } from '../sales/money.js';

/**
 * The cost fields of a product body from the form: the cost typed in major units ("12,50") and its
 * currency. Empty clears the cost (and the server drops the currency); null = not a valid amount.
 */
export function productCostBody(
  text: string,
  currency: string,
): { costPrice: number | null; costCurrency: string | null } | null {
  if (text.trim() === '') return { costPrice: null, costCurrency: null };
  const costPrice = parseMoney(text);
  return costPrice == null ? null : { costPrice, costCurrency: currency };
}

/** Minor units → the text the cost field holds ("12.50"), empty when there is no cost. */
export const costText = (costPrice: number | null | undefined, separator = '.') =>
  costPrice == null ? '' : moneyInputText(costPrice, separator);
