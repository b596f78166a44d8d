import { type Kysely, sql } from 'kysely';
import { isPostgres, jsonType } from '../portable.js';

/** Companies and the person ↔ company link (a person works at a company, with a role). */
export async function up(db: Kysely<any>): Promise<void> {
  const ops = isPostgres(db) ? sql` text_pattern_ops` : sql``;
  await db.schema
    .createTable('companies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('search_name', 'text', (c) => c.notNull())
    .addColumn('legal_name', 'text')
    .addColumn('tax_id', 'text')
    .addColumn('industry', 'text')
    .addColumn('size', 'text')
    .addColumn('turnover_amount', 'bigint')
    .addColumn('turnover_currency', 'text')
    .addColumn('website', 'text')
    .addColumn('domain', 'text')
    .addColumn('address', jsonType(db))
    .addColumn('owner_id', 'text')
    .addColumn('tags', jsonType(db), (c) => c.notNull())
    .addColumn('custom', jsonType(db), (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await sql`create index companies_search_name on companies (search_name${ops})`.execute(db);
  await db.schema.createIndex('companies_domain').on('companies').column('domain').execute();
  const desc = isPostgres(db) ? sql`desc nulls last` : sql`desc`;
  await sql`create index companies_created on companies (created_at ${desc}, id)`.execute(db);
  await sql`create index companies_owner_created on companies (owner_id, created_at ${desc}, id)`.execute(db);

  await db.schema
    .createTable('person_companies')
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('company_id', 'text', (c) => c.notNull().references('companies.id').onDelete('cascade'))
    .addColumn('role', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('person_companies_pk', ['person_id', 'company_id'])
    .execute();
  await db.schema
    .createIndex('person_companies_company')
    .on('person_companies')
    .columns(['company_id', 'person_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('person_companies').execute();
  await db.schema.dropTable('companies').execute();
}
