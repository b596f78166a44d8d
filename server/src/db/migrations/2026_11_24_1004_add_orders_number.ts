import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../portable.js';

/**
 * Every order gets the number people see and search: its external id, else `ORD-00001`, `ORD-00002`…
 * in creation order from the `order` document sequence (which new orders without an external id
 * continue). Indexed for the prefix search (text_pattern_ops on PostgreSQL, as for external_id).
 * Not unique: an external id may look like an assigned number; external_id stays the unique key.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  await db.schema.alterTable('orders').addColumn('number', 'text').execute();
  await sql`update orders set number = external_id where external_id is not null`.execute(db);
  const padded = pg ? sql`lpad(n.rn::text, 5, '0')` : sql`printf('%05d', n.rn)`;
  await sql`update orders set number = 'ORD-' || ${padded}
    from (select id, row_number() over (order by created_at, id) as rn from orders
          where external_id is null) n
    where orders.id = n.id`.execute(db);
  await sql`insert into document_sequences (name, value)
    select 'order', count(*) from orders where external_id is null having count(*) > 0`.execute(db);
  if (pg) {
    await sql`alter table orders alter column number set not null`.execute(db);
    await sql`create index orders_number on orders (number text_pattern_ops)`.execute(db);
  } else {
    await db.schema.createIndex('orders_number').on('orders').column('number').execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('orders_number').execute();
  await sql`delete from document_sequences where name = 'order'`.execute(db);
  await db.schema.alterTable('orders').dropColumn('number').execute();
}
