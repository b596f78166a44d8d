import { type Kysely, sql } from 'kysely';
import { jsonType } from '../portable.js';

/**
 * Pricing and quotes: price lists with their prices, deal line items, the organisation's settings
 * (company details for documents), gap-free document number sequences, quotes, and deal files.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('price_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    // retail | wholesale | promo | partner: the price type (one price per product, type, currency, day).
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    // YYYY-MM-DD, inclusive; null = open-ended.
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('price_list_prices')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('price_list_id', 'text', (c) => c.notNull().references('price_lists.id').onDelete('cascade'))
    .addColumn('product_id', 'text', (c) => c.notNull().references('products.id').onDelete('cascade'))
    .addColumn('unit_price', 'bigint', (c) => c.notNull())
    // Quantity break: the price applies from this quantity on (1 = always).
    .addColumn('min_quantity', 'real', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('price_list_prices_entry')
    .on('price_list_prices')
    .columns(['price_list_id', 'product_id', 'min_quantity'])
    .unique()
    .execute();
  await db.schema
    .createIndex('price_list_prices_product')
    .on('price_list_prices')
    .column('product_id')
    .execute();

  await db.schema
    .createTable('deal_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.references('products.id').onDelete('set null'))
    .addColumn('sku', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('price_list_id', 'text', (c) => c.references('price_lists.id').onDelete('set null'))
    .addColumn('quantity', 'real', (c) => c.notNull())
    // The price list's price when the line was priced (null without a price list).
    .addColumn('list_unit_price', 'bigint')
    .addColumn('unit_price', 'bigint', (c) => c.notNull())
    .addColumn('price_overridden', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('discount_percent', 'real')
    .addColumn('discount_amount', 'bigint')
    .addColumn('subtotal', 'bigint', (c) => c.notNull())
    .addColumn('discount', 'bigint', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('deal_lines_deal').on('deal_lines').columns(['deal_id', 'position']).execute();

  // One row per sequence (e.g. `quote:2026`); the row lock of the increment makes numbers gap-free.
  await db.schema
    .createTable('document_sequences')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable('attachments')
    .addColumn('deal_id', 'text', (c) => c.references('deals.id').onDelete('cascade'))
    .execute();
  await db.schema
    .createIndex('attachments_deal')
    .on('attachments')
    .columns(['deal_id', 'kind', 'created_at'])
    .execute();

  await db.schema
    .createTable('quotes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('deal_id', 'text', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('attachment_id', 'text', (c) => c.references('attachments.id').onDelete('set null'))
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('subtotal', 'bigint', (c) => c.notNull())
    .addColumn('discount', 'bigint', (c) => c.notNull())
    .addColumn('net_total', 'bigint', (c) => c.notNull())
    .addColumn('vat_rate', 'real')
    .addColumn('vat_amount', 'bigint', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('lines', jsonType(db), (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await sql`create index quotes_deal on quotes (deal_id, created_at)`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('quotes').execute();
  await db.schema.dropIndex('attachments_deal').execute();
  await db.schema.alterTable('attachments').dropColumn('deal_id').execute();
  await db.schema.dropTable('document_sequences').execute();
  await db.schema.dropTable('deal_lines').execute();
  await db.schema.dropTable('price_list_prices').execute();
  await db.schema.dropTable('price_lists').execute();
}
