import type { Executor } from '../../db/database.js';
import { toJson } from '../../db/json.js';
import type { Actor } from '../actor.js';
import type { Clock } from '../clock.js';
import { newId } from '../ids.js';

export interface NewEvent {
  type: string;
  entityType: string;
  entityId: string;
  personId?: string | null;
  companyId?: string | null;
  payload?: Record<string, unknown>;
}

/**
 * Appends one event. Call it with the same transaction as the change it describes, so the log and the
 * data never disagree. Returns the event id.
 */
export async function appendEvent(
  trx: Executor,
  clock: Clock,
  actor: Actor,
  event: NewEvent,
): Promise<string> {
  const id = newId('evt');
  await trx
    .insertInto('events')
    .values({
      id,
      type: event.type,
      entityType: event.entityType,
      entityId: event.entityId,
      personId: event.personId ?? null,
      companyId: event.companyId ?? null,
      actorType: actor.type,
      actorId: actor.id,
      occurredAt: clock.now(),
      payload: toJson(event.payload ?? {}),
    })
    .execute();
  return id;
}
