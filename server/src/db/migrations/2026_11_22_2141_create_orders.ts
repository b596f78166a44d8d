import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../portable.js';

/** Orders (money in minor units) and their lines; external_id and idempotency_key make creation idempotent. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('orders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('external_id', 'text', (c) => c.unique())
    .addColumn('idempotency_key', 'text', (c) => c.unique())
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('company_id', 'text', (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('owner_id', 'text')
    .addColumn('ordered_at', 'bigint', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('store_id', 'text')
    .addColumn('location', 'text')
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('subtotal', 'bigint', (c) => c.notNull())
    .addColumn('discount', 'bigint', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .addColumn('line_count', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  const desc = isPostgres(db) ? sql`desc nulls last` : sql`desc`;
  await sql`create index orders_ordered on orders (ordered_at ${desc}, id)`.execute(db);
  await sql`create index orders_person on orders (person_id, ordered_at ${desc})`.execute(db);
  await db.schema.createIndex('orders_company').on('orders').column('company_id').execute();
  await db.schema
    .createTable('order_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('order_id', 'text', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('product_id', 'text', (c) => c.references('products.id').onDelete('set null'))
    .addColumn('sku', 'text')
    .addColumn('product_name', 'text')
    .addColumn('category', 'text')
    .addColumn('quantity', 'real', (c) => c.notNull())
    .addColumn('unit_price', 'bigint', (c) => c.notNull())
    .addColumn('discount', 'bigint', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('order_lines_order')
    .on('order_lines')
    .columns(['order_id', 'position'])
    .execute();
  await db.schema.createIndex('order_lines_product').on('order_lines').column('product_id').execute();
}
