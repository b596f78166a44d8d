import type { Kysely } from 'kysely';

/**
 * The cost of one unit of a deal line (minor units of the deal's currency), snapshotted from the
 * product's cost price when the line is priced, or typed for a free-text line; null = unknown.
 * Lines stored before this migration have no cost: their deals count for revenue, not profit.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('deal_lines').addColumn('unit_cost', 'bigint').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('deal_lines').dropColumn('unit_cost').execute();
}
