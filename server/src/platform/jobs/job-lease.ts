import type { Executor } from '../../db/database.js';
import type { Clock } from '../clock.js';

/**
 * Heartbeat for long jobs: pushes the lease to now + leaseMs. Returns false when this owner no
 * longer holds the job (the lease expired and another worker claimed it): the caller should stop.
 */
export async function extendLease(
  db: Executor,
  clock: Clock,
  id: string,
  owner: string,
  leaseMs: number,
): Promise<boolean> {
  const now = clock.now();
  const res = await db
    .updateTable('jobs')
    .set({ leaseUntil: now + leaseMs, updatedAt: now })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('leaseOwner', '=', owner)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Stores how far a running job is (`done` of `total` units) for progress bars; renews the lease when given leaseMs. */
export async function setJobProgress(
  db: Executor,
  clock: Clock,
  id: string,
  owner: string,
  done: number,
  total: number | null,
  leaseMs?: number,
): Promise<boolean> {
  const now = clock.now();
  const res = await db
    .updateTable('jobs')
    .set({
      progressDone: done,
      progressTotal: total,
      updatedAt: now,
      ...(leaseMs !== undefined ? { leaseUntil: now + leaseMs } : {}),
    })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .where('leaseOwner', '=', owner)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
