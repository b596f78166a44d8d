import { type Kysely, sql } from 'kysely';

/**
 * What a failing rule needs: who made it (told first when it fails), its failures in a row since the
 * last success (pauses it at a limit) with the newest error, when it was paused automatically, and a
 * partial index for "failed runs in the last 7 days" per rule.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('automation_rules')
    .addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema
    .alterTable('automation_rules')
    .addColumn('failure_streak', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('automation_rules').addColumn('last_error', 'text').execute();
  await db.schema.alterTable('automation_rules').addColumn('last_failed_at', 'bigint').execute();
  await db.schema.alterTable('automation_rules').addColumn('paused_at', 'bigint').execute();
  await db.schema
    .createIndex('rule_runs_failed')
    .on('rule_runs')
    .columns(['rule_id', 'at'])
    .where(sql.ref('status'), '=', 'failed')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('rule_runs_failed').execute();
  for (const c of ['paused_at', 'last_failed_at', 'last_error', 'failure_streak', 'created_by'])
    await db.schema.alterTable('automation_rules').dropColumn(c).execute();
}
