import { type Kysely, sql } from 'kysely';
import { jsonType } from '../portable.js';

/** Tasks, logged activities, and `task_alerts` (one row per "done once" overdue/escalation step). */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('due_at', 'bigint', (c) => c.notNull())
    .addColumn('remind_before_minutes', 'integer')
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('company_id', 'text', (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('deal_id', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('completed_at', 'bigint')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await sql`create index tasks_assignee_status_due on tasks (assignee_id, status, due_at)`.execute(db);
  await sql`create index tasks_status_due on tasks (status, due_at)`.execute(db);
  await sql`create index tasks_person on tasks (person_id)`.execute(db);
  await sql`create index tasks_company on tasks (company_id)`.execute(db);

  await db.schema
    .createTable('activities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('company_id', 'text', (c) => c.references('companies.id').onDelete('set null'))
    .addColumn('deal_id', 'text')
    .addColumn('task_id', 'text')
    .addColumn('outcome', 'text')
    .addColumn('duration_seconds', 'integer')
    .addColumn('attendees', jsonType(db), (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await sql`create index activities_at on activities (at, id)`.execute(db);
  await sql`create index activities_person on activities (person_id, at)`.execute(db);

  await db.schema
    .createTable('task_alerts')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('task_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('task_alerts').execute();
  await db.schema.dropTable('activities').execute();
  await db.schema.dropTable('tasks').execute();
}
