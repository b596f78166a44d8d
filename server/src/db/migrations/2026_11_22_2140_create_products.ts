import { type Kysely, sql } from 'kysely';
import { jsonType } from '../portable.js';

/** Product catalogue: a category tree (parent_id) and products with a unique SKU. */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('product_categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('product_categories.id').onDelete('set null'))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  // Imports find categories by name under a parent; one name per parent.
  await sql`create unique index product_categories_name on product_categories (coalesce(parent_id, ''), search_name)`.execute(
    db,
  );
  await db.schema
    .createTable('products')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sku', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('category_id', 'text', (c) => c.references('product_categories.id').onDelete('set null'))
    .addColumn('unit', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('custom', jsonType(db), (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('products_category').on('products').column('category_id').execute();
}
