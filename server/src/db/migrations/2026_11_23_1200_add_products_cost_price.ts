import type { Kysely } from 'kysely';

/**
 * What a product costs the organisation (purchase or production cost per unit, minor units) and the
 * currency of that cost: deal lines snapshot it to show margin and profit. Both null = unknown.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('products').addColumn('cost_price', 'bigint').execute();
  await db.schema.alterTable('products').addColumn('cost_currency', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('products').dropColumn('cost_currency').execute();
  await db.schema.alterTable('products').dropColumn('cost_price').execute();
}
