import type { Transaction } from 'kysely';
import type { Config } from '../../config.js';
import type { DB, Dialect } from '../../db/database.js';
import type { Database } from '../../db/schema.js';
import { backoffMs, type RandomSource } from '../backoff.js';
import type { Clock } from '../clock.js';
import {
  acquireConsumerLease,
  advanceConsumer,
  recordConsumerFailure,
} from './event-consumers.repository.js';
import type { EventRow } from './events.table.js';
import { readEventsAfter } from './read-events-after.js';

/**
 * A durable reader of the event log with its own checkpoint.
 *
 * Delivery is **at least once**: the checkpoint moves only after `handle` succeeds, so after a crash
 * or a throw the same events come again. Handlers must therefore be idempotent (upsert, "insert …
 * on conflict do nothing", compare the event's seq with what was already applied).
 *
 * With `transactional: true`, `handle` gets a transaction and the checkpoint advances in that same
 * transaction: a consumer whose effects are only writes to this database applies each event exactly
 * once. Do not call external systems from a transactional handler (a rollback cannot undo them).
 */
export interface EventConsumer {
  name: string;
  /** Events per batch (default 100). Keep batches small: SQLite has one writer. */
  batchSize?: number;
  transactional?: boolean;
  /** `ctx` is the runner's context (clock, config), for consumers whose effects need them. */
  handle(events: EventRow[], trx?: Transaction<Database>, ctx?: ConsumerContext): Promise<void>;
}

export interface ConsumerBatchOptions {
  /** Who runs it: a stable id per process (host:pid:random). */
  owner: string;
  leaseMs?: number;
  random?: RandomSource;
}

export type ConsumerBatchResult =
  | { status: 'busy' } // another owner holds the lease, or backing off after a failure
  | { status: 'idle'; position: number }
  | { status: 'processed'; count: number; position: number }
  | { status: 'failed'; error: string; retryAt: number }
  | { status: 'lost'; count: number }; // lease lost or checkpoint moved meanwhile: batch not counted

export const CONSUMER_LEASE_MS = 30_000;
const RETRY = { baseMs: 1_000, maxMs: 5 * 60_000 };

class CheckpointMoved extends Error {}

/** What a batch runs with; the full AppContext in `serve`, so `config` is there too. */
export interface ConsumerContext {
  db: DB;
  clock: Clock;
  config?: Config;
  dialect?: Dialect;
}

/** Takes the consumer's lease, reads one batch after its checkpoint, handles it, advances. */
export async function runConsumerBatch(
  ctx: ConsumerContext,
  consumer: EventConsumer,
  opts: ConsumerBatchOptions,
): Promise<ConsumerBatchResult> {
  const { db, clock } = ctx;
  const { owner } = opts;
  const row = await acquireConsumerLease(
    db,
    consumer.name,
    owner,
    clock.now(),
    opts.leaseMs ?? CONSUMER_LEASE_MS,
  );
  if (!row) return { status: 'busy' };
  const from = row.position;
  const events = await readEventsAfter(db, from, consumer.batchSize ?? 100);
  if (events.length === 0) return { status: 'idle', position: from };
  const to = events[events.length - 1]!.seq;
  try {
    if (consumer.transactional) {
      await db.transaction().execute(async (trx) => {
        await consumer.handle(events, trx, ctx);
        if (!(await advanceConsumer(trx, consumer.name, owner, from, to, clock.now()))) {
          throw new CheckpointMoved();
        }
      });
    } else {
      await consumer.handle(events, undefined, ctx);
      if (!(await advanceConsumer(db, consumer.name, owner, from, to, clock.now()))) {
        return { status: 'lost', count: events.length };
      }
    }
    return { status: 'processed', count: events.length, position: to };
  } catch (err) {
    if (err instanceof CheckpointMoved) return { status: 'lost', count: events.length };
    const error = err instanceof Error ? err.message : String(err);
    const retryAt = clock.now() + backoffMs(row.attempts + 1, opts.random ?? Math.random, RETRY);
    await recordConsumerFailure(db, consumer.name, owner, error, retryAt, clock.now());
    return { status: 'failed', error, retryAt };
  }
}
