import { hasPermission, type Principal } from '../../platform/auth/principal.js';
import { AppError } from '../../platform/errors.js';
import type { DealLine } from './deal-lines.schemas.js';
import type { PricedLine } from './price-deal-line.js';

/** Setting a price other than the price list's, or giving a discount, on a deal line. */
export const OVERRIDE_PRICES = 'deals:override_prices';

const refuse = (path: string, message: string) =>
  new AppError('forbidden', `${path}: ${message}`, {
    errors: [{ path, message, code: 'not_permitted', params: { permission: OVERRIDE_PRICES } }],
    permission: OVERRIDE_PRICES,
  });

/**
 * Price control: without `deals:override_prices` a line takes the price list's price and no discount.
 * Only what this change introduces counts: an override or discount someone allowed to set earlier may
 * stay while a rep changes the quantity. Free-text lines and product lines priced without a list have
 * no list price, so their unit price is no override (their discount still is).
 */
export function checkPriceOverride(principal: Principal, priced: PricedLine, before: DealLine | null): void {
  if (hasPermission(principal, OVERRIDE_PRICES)) return;
  const keptPrice =
    before?.priceOverridden &&
    before.unitPrice === priced.unitPrice &&
    before.productId === priced.productId &&
    before.priceListId === priced.priceListId;
  if (priced.priceOverridden && !keptPrice)
    throw refuse(
      'unitPrice',
      `differs from the price list's price (${priced.listUnitPrice}); overriding it needs ${OVERRIDE_PRICES}`,
    );
  const keptDiscount =
    before &&
    before.discountPercent === priced.discountPercent &&
    before.discountAmount === priced.discountAmount;
  if (priced.discount > 0 && !keptDiscount)
    throw refuse(
      priced.discountPercent != null ? 'discountPercent' : 'discountAmount',
      `a discount needs ${OVERRIDE_PRICES}`,
    );
}
