import type { Executor } from '../../db/database.js';
import type { EventConsumerRow } from './event-consumers.table.js';

/**
 * Takes (or renews) the lease on a consumer's row. One conditional UPDATE, so two nodes racing for
 * it cannot both win: on PostgreSQL the loser re-checks the WHERE after the winner commits.
 * Returns the row when this owner now holds the lease, otherwise undefined (held elsewhere, or the
 * consumer is backing off after a failure).
 */
export async function acquireConsumerLease(
  db: Executor,
  name: string,
  owner: string,
  now: number,
  leaseMs: number,
): Promise<EventConsumerRow | undefined> {
  await db
    .insertInto('eventConsumers')
    .values({ name, position: 0, attempts: 0, updatedAt: now })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  return db
    .updateTable('eventConsumers')
    .set({ leaseOwner: owner, leaseUntil: now + leaseMs })
    .where('name', '=', name)
    .where((eb) =>
      eb.or([eb('leaseOwner', 'is', null), eb('leaseOwner', '=', owner), eb('leaseUntil', '<=', now)]),
    )
    .where((eb) => eb.or([eb('retryAt', 'is', null), eb('retryAt', '<=', now)]))
    .returningAll()
    .executeTakeFirst();
}

/**
 * Moves the checkpoint from `from` to `to`, only while `owner` still holds the lease and nobody
 * moved it meanwhile. Returns false when that is no longer so (the batch will be redelivered).
 */
export async function advanceConsumer(
  db: Executor,
  name: string,
  owner: string,
  from: number,
  to: number,
  now: number,
): Promise<boolean> {
  const res = await db
    .updateTable('eventConsumers')
    .set({ position: to, attempts: 0, retryAt: null, lastError: null, updatedAt: now })
    .where('name', '=', name)
    .where('leaseOwner', '=', owner)
    .where('position', '=', from)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Records a failed batch: the checkpoint stays, the consumer waits until `retryAt`. */
export async function recordConsumerFailure(
  db: Executor,
  name: string,
  owner: string,
  error: string,
  retryAt: number,
  now: number,
): Promise<void> {
  await db
    .updateTable('eventConsumers')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), lastError: error, retryAt, updatedAt: now }))
    .where('name', '=', name)
    .where('leaseOwner', '=', owner)
    .execute();
}

/** Gives the lease up (on shutdown) so another node can take over at once. */
export async function releaseConsumerLease(db: Executor, name: string, owner: string): Promise<void> {
  await db
    .updateTable('eventConsumers')
    .set({ leaseOwner: null, leaseUntil: null })
    .where('name', '=', name)
    .where('leaseOwner', '=', owner)
    .execute();
}

export async function getConsumer(db: Executor, name: string): Promise<EventConsumerRow | undefined> {
  return db.selectFrom('eventConsumers').selectAll().where('name', '=', name).executeTakeFirst();
}
