import type { Executor } from '../../db/database.js';
import { validationError } from '../../platform/errors.js';
import type { PriceList } from './price-lists.schemas.js';

type ListShape = Pick<PriceList, 'id' | 'name' | 'kind' | 'currency' | 'validFrom' | 'validTo' | 'active'>;

const period = (l: { validFrom: string | null; validTo: string | null }) =>
  `${l.validFrom ?? '…'} – ${l.validTo ?? '…'}`;

/**
 * The pricing rule: on any day, a product has at most one price per price type (`kind`) and currency.
 * So a product may not be priced in two active price lists of the same kind and currency whose
 * validity periods overlap (dates inclusive, null = open-ended). Throws a 400 naming `field`.
 * `productIds` narrows the check (setting one price); by default every product of `list` is checked.
 */
export async function checkPriceOverlap(
  db: Executor,
  list: ListShape,
  field: string,
  productIds?: string[],
): Promise<void> {
  if (!list.active) return;
  let q = db
    .selectFrom('priceListPrices as other')
    .innerJoin('priceLists as pl', 'pl.id', 'other.priceListId')
    .leftJoin('products', 'products.id', 'other.productId')
    .select(['pl.id', 'pl.name', 'pl.validFrom', 'pl.validTo', 'other.productId', 'products.sku'])
    .where('pl.id', '!=', list.id)
    .where('pl.active', '=', 1)
    .where('pl.kind', '=', list.kind)
    .where('pl.currency', '=', list.currency);
  // [a, b] and [c, d] overlap unless one ends before the other starts.
  if (list.validFrom)
    q = q.where((eb) => eb.or([eb('pl.validTo', 'is', null), eb('pl.validTo', '>=', list.validFrom!)]));
  if (list.validTo)
    q = q.where((eb) => eb.or([eb('pl.validFrom', 'is', null), eb('pl.validFrom', '<=', list.validTo!)]));
  q = productIds
    ? q.where('other.productId', 'in', productIds)
    : q.where('other.productId', 'in', (eb) =>
        eb.selectFrom('priceListPrices').select('productId').where('priceListId', '=', list.id),
      );
  const hit = await q.orderBy('pl.id').limit(1).executeTakeFirst();
  if (!hit) return;
  throw validationError(
    field,
    `product ${hit.sku ?? hit.productId} already has a ${list.kind} ${list.currency} price in price list ` +
      `"${hit.name}" (${hit.id}, valid ${period(hit)}), which overlaps ${period(list)}`,
    'price_overlap',
    { product: hit.sku ?? hit.productId, priceList: hit.name, priceListId: hit.id },
  );
}
