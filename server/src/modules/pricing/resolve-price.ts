import type { Executor } from '../../db/database.js';
import { validationError } from '../../platform/errors.js';
import { findPriceList, listPrices } from './price-lists.repository.js';
import type { PriceList } from './price-lists.schemas.js';

export interface ResolvedPrice {
  priceList: PriceList;
  unitPrice: number;
  minQuantity: number;
}

/**
 * The unit price of `productId` for `quantity` in a price list on `onDate` (YYYY-MM-DD), for a deal in
 * `currency`: the entry with the highest quantity break not above the quantity. Every refusal is a
 * 400 naming the field the caller sent: `priceListId` (unknown, inactive, not valid that day, other
 * currency), `productId` (no price in the list) or `quantity` (below the smallest break).
 */
export async function resolvePrice(
  db: Executor,
  req: { priceListId: string; productId: string; quantity: number; onDate: string; currency: string },
): Promise<ResolvedPrice> {
  const list = await findPriceList(db, req.priceListId);
  if (!list)
    throw validationError('priceListId', `price list ${req.priceListId} does not exist`, 'not_found', {
      entity: 'price_list',
      id: req.priceListId,
    });
  if (!list.active)
    throw validationError('priceListId', `price list "${list.name}" is not active`, 'not_available', {
      entity: 'price_list',
      id: list.id,
    });
  if ((list.validFrom && req.onDate < list.validFrom) || (list.validTo && req.onDate > list.validTo))
    throw validationError(
      'priceListId',
      `price list "${list.name}" is not valid on ${req.onDate} (valid ${list.validFrom ?? '…'} – ${list.validTo ?? '…'})`,
      'not_valid_on_date',
      { date: req.onDate, validFrom: list.validFrom ?? '', validTo: list.validTo ?? '' },
    );
  if (list.currency !== req.currency)
    throw validationError(
      'priceListId',
      `price list "${list.name}" is in ${list.currency}; the deal is in ${req.currency}`,
      'currency_mismatch',
      { currency: list.currency, expected: req.currency },
    );
  const prices = await listPrices(db, list.id, req.productId);
  if (prices.length === 0)
    throw validationError('productId', `product has no price in price list "${list.name}"`, 'no_price', {
      priceList: list.name,
    });
  const fit = prices
    .filter((p) => p.minQuantity <= req.quantity)
    .sort((a, b) => b.minQuantity - a.minQuantity)[0];
  if (!fit)
    throw validationError(
      'quantity',
      `is below the smallest quantity ${prices[0]!.minQuantity} priced in "${list.name}"`,
      'too_small',
      { minimum: prices[0]!.minQuantity },
    );
  return { priceList: list, unitPrice: fit.unitPrice, minQuantity: fit.minQuantity };
}
