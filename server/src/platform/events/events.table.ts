import type { Generated, Insertable, Selectable } from 'kysely';

export interface EventsTable {
  seq: Generated<number>;
  id: string;
  /** `<domain>.<thing>.<verb>`, e.g. `person.created`, `deal.stage_changed`, `order.placed`. */
  type: string;
  entityType: string;
  entityId: string;
  personId: string | null;
  companyId: string | null;
  actorType: string;
  actorId: string | null;
  occurredAt: number;
  payload: unknown;
  txId: Generated<number | null>;
}

export type EventRow = Selectable<EventsTable>;
export type NewEventRow = Insertable<EventsTable>;
