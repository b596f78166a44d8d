import type { Executor } from '../../db/database.js';
import type { Order, OrderLine } from './orders.schemas.js';

const LINE_CHUNK = 500;

/** Inserts an order row and its lines (chunked multi-row inserts). */
export async function insertOrder(db: Executor, o: Order, idempotencyKey: string | null): Promise<void> {
  const { lines, ...row } = o;
  await db
    .insertInto('orders')
    .values({ ...row, idempotencyKey })
    .execute();
  await insertLines(db, o.id, lines ?? []);
}

export async function insertLines(db: Executor, orderId: string, lines: OrderLine[]): Promise<void> {
  for (let i = 0; i < lines.length; i += LINE_CHUNK)
    await db
      .insertInto('orderLines')
      .values(lines.slice(i, i + LINE_CHUNK).map((l) => ({ ...l, orderId })))
      .execute();
}
