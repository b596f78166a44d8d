import type { Executor } from '../../db/database.js';
import { toJson } from '../../db/json.js';
import type { Actor } from '../actor.js';
import type { Clock } from '../clock.js';
import { newId } from '../ids.js';
import type { NewEvent } from './append-event.js';

const CHUNK = 1000;

/** Appends many events in multi-row inserts (bulk paths such as imports); same rules as appendEvent. */
export async function appendEvents(
  trx: Executor,
  clock: Clock,
  actor: Actor,
  events: NewEvent[],
): Promise<void> {
  const now = clock.now();
  const rows = events.map((e) => ({
    id: newId('evt'),
    type: e.type,
    entityType: e.entityType,
    entityId: e.entityId,
    personId: e.personId ?? null,
    companyId: e.companyId ?? null,
    actorType: actor.type,
    actorId: actor.id,
    occurredAt: now,
    payload: toJson(e.payload ?? {}),
  }));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await trx
      .insertInto('events')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}
