import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { isPostgres } from '../../db/portable.js';
import type { Price, PriceList } from './price-lists.schemas.js';
import type { PriceListRow } from './pricing.table.js';

export function toPriceList(r: PriceListRow): PriceList {
  return {
    id: r.id,
    name: r.name,
    kind: r.kind as PriceList['kind'],
    currency: r.currency,
    validFrom: r.validFrom,
    validTo: r.validTo,
    active: r.active === 1,
    version: r.version,
    createdAt: Number(r.createdAt),
    updatedAt: Number(r.updatedAt),
  };
}

export async function findPriceList(db: Executor, id: string): Promise<PriceList | undefined> {
  const r = await db.selectFrom('priceLists').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toPriceList(r) : undefined;
}

function pricesQuery(db: Executor) {
  return db
    .selectFrom('priceListPrices')
    .leftJoin('products', 'products.id', 'priceListPrices.productId')
    .select([
      'priceListPrices.id',
      'priceListPrices.priceListId',
      'priceListPrices.productId',
      'priceListPrices.unitPrice',
      'priceListPrices.minQuantity',
      'priceListPrices.createdAt',
      'priceListPrices.updatedAt',
      'products.sku',
      'products.name as productName',
      'products.unit',
    ]);
}

type PriceSelect = Awaited<ReturnType<ReturnType<typeof pricesQuery>['executeTakeFirstOrThrow']>>;

function toPrice(r: PriceSelect): Price {
  return {
    id: r.id,
    priceListId: r.priceListId,
    productId: r.productId,
    sku: r.sku ?? null,
    productName: r.productName ?? null,
    unit: r.unit ?? null,
    unitPrice: Number(r.unitPrice),
    minQuantity: Number(r.minQuantity),
    createdAt: Number(r.createdAt),
    updatedAt: Number(r.updatedAt),
  };
}

/** A list's prices, by product name then quantity break. */
export async function listPrices(db: Executor, priceListId: string, productId?: string): Promise<Price[]> {
  let q = pricesQuery(db).where('priceListPrices.priceListId', '=', priceListId);
  if (productId) q = q.where('priceListPrices.productId', '=', productId);
  const rows = await q
    .orderBy('products.name')
    .orderBy('priceListPrices.productId')
    .orderBy('priceListPrices.minQuantity')
    .execute();
  return rows.map(toPrice);
}

export async function findPrice(db: Executor, priceListId: string, priceId: string) {
  const r = await pricesQuery(db)
    .where('priceListPrices.priceListId', '=', priceListId)
    .where('priceListPrices.id', '=', priceId)
    .executeTakeFirst();
  return r ? toPrice(r) : undefined;
}

/**
 * Serialises pricing writes on PostgreSQL (SQLite has one writer anyway), so two concurrent changes
 * cannot both pass the overlap check. Price changes are rare; one lock for all of them is enough.
 */
export async function lockPricing(trx: Executor): Promise<void> {
  if (isPostgres(trx)) await sql`select pg_advisory_xact_lock(hashtext('rapport.pricing'))`.execute(trx);
}
