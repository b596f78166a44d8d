import { type Kysely, sql } from 'kysely';
import { jsonType } from '../portable.js';

const EXAMPLES = [
  {
    id: 'rul_inquiry_follow_up',
    name: 'Inquiry sent → follow up in 2 days',
    trigger: { kind: 'stage_entered', stageId: 'stg_inquiry_sent' },
    actions: [
      {
        kind: 'create_task',
        title: 'Follow up',
        type: 'call',
        dueIn: { amount: 2, unit: 'day' },
        assignTo: 'owner',
      },
    ],
  },
  {
    id: 'rul_vip_call',
    name: 'Person tagged VIP → call personally',
    trigger: { kind: 'field_changed', entity: 'person', field: 'tags', value: 'VIP' },
    actions: [
      {
        kind: 'create_task',
        title: 'Call personally',
        type: 'call',
        dueIn: { amount: 1, unit: 'day' },
        assignTo: 'owner',
      },
    ],
  },
];

/** Automation rules, their idempotent run log, and two shipped examples; the consumer starts at "now". */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('automation_rules')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('trigger', jsonType(db), (c) => c.notNull())
    .addColumn('condition', jsonType(db))
    .addColumn('actions', jsonType(db), (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('rule_runs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('rule_id', 'text', (c) => c.notNull().references('automation_rules.id').onDelete('cascade'))
    // An event id, or `date:<record>:<day>` for date_reached: unique per rule so redelivery is a no-op.
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('entity_type', 'text')
    .addColumn('entity_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addUniqueConstraint('rule_runs_rule_event', ['rule_id', 'event_id'])
    .execute();
  await db.schema.createIndex('rule_runs_rule_at').on('rule_runs').columns(['rule_id', 'at']).execute();
  const now = Date.now(); // migration time, not business logic
  await db
    .insertInto('automation_rules')
    .values(
      EXAMPLES.map((r) => ({
        id: r.id,
        name: r.name,
        enabled: 1,
        trigger: JSON.stringify(r.trigger),
        condition: null,
        actions: JSON.stringify(r.actions),
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  const max = await sql<{ m: string | number | null }>`select max(seq) as m from events`.execute(db);
  await db
    .insertInto('event_consumers')
    .values({ name: 'automation', position: Number(max.rows[0]?.m ?? 0), updated_at: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rule_runs').execute();
  await db.schema.dropTable('automation_rules').execute();
  await db.deleteFrom('event_consumers').where('name', '=', 'automation').execute();
}
