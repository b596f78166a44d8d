import type { Kysely } from 'kysely';

/** Escalation rules of the overdue scan, with the default set (absent → substitute; 24 h → lead). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('escalation_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('overdue_hours', 'integer')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  const now = Date.now(); // migration time, not business logic
  await db
    .insertInto('escalation_rules')
    .values([
      {
        id: 'esc_default_absent',
        name: 'Assignee absent → substitute',
        trigger: 'assignee_absent',
        overdue_hours: null,
        action: 'reassign_substitute',
        enabled: 1,
        position: 10,
        created_at: now,
        updated_at: now,
      },
      {
        id: 'esc_default_overdue_24h',
        name: 'Overdue 24 h → notify team lead',
        trigger: 'overdue',
        overdue_hours: 24,
        action: 'notify_lead',
        enabled: 1,
        position: 20,
        created_at: now,
        updated_at: now,
      },
    ])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('escalation_rules').execute();
}
