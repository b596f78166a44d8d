import type { Selectable } from 'kysely';

/** A durable consumer's checkpoint and lease (see docs/jobs-and-events.md). */
export interface EventConsumersTable {
  name: string;
  /** The last event seq this consumer has processed. */
  position: number;
  leaseOwner: string | null;
  leaseUntil: number | null;
  /** Consecutive failed batches; reset when a batch succeeds. */
  attempts: number;
  /** After a failure: not before this time. */
  retryAt: number | null;
  lastError: string | null;
  updatedAt: number;
}

export type EventConsumerRow = Selectable<EventConsumersTable>;
