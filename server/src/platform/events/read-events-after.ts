import { sql } from 'kysely';
import { dialectOf, type Executor } from '../../db/database.js';
import type { EventRow } from './events.table.js';

/**
 * Events with `seq > position`, in seq order, at most `limit`.
 *
 * On PostgreSQL a sequence number is taken before its transaction commits, so seq 11 can become
 * visible before seq 10. Reading only rows written by transactions older than the oldest one still
 * running (`tx_id < pg_snapshot_xmin`) guarantees every lower seq is already committed (or rolled
 * back), so advancing a checkpoint past what we read never skips an event. SQLite has one writer:
 * commit order is seq order.
 */
export async function readEventsAfter(db: Executor, position: number, limit: number): Promise<EventRow[]> {
  let q = db.selectFrom('events').selectAll().where('seq', '>', position);
  if (dialectOf(db) === 'postgres') {
    q = q.where('txId', '<', sql<number>`pg_snapshot_xmin(pg_current_snapshot())::text::bigint`);
  }
  return q.orderBy('seq').limit(limit).execute();
}
