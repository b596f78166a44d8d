import { toJson } from '../../db/json.js';
import type { Actor } from '../../platform/actor.js';
import type { NewEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { searchKey } from '../people/contact-values.js';
import type { Person } from '../people/people.schemas.js';

/** Row values for the import's raw bulk writes (both dialects), in the order of the column lists. */

/**
 * The source of external ids that come from files without naming one: a people file's "External ID"
 * column and an order file's `customer_external_id` are the same customer number (a shop's or POS's),
 * so customers imported first are the ones their orders find.
 */
export const FILE_ID_SOURCE = 'import';

/** `source\0id`: the key of an external id in lookup maps. */
export const extKey = (source: string, id: string) => `${source}\u0000${id}`;

/** ASCII names (most of them) skip the Unicode normalisation; the result is searchKey's. */
const ASCII = /^[\x20-\x7e]*$/;
export function nameKey(parts: (string | null)[]): string {
  const s = parts.filter(Boolean).join(' ');
  return ASCII.test(s) ? s.toLowerCase() : searchKey(s);
}

/** Column values of a new `people` row, in `PEOPLE_COLUMNS` order (JSON as text). */
export const PEOPLE_COLUMNS = [
  'id',
  'first_name',
  'last_name',
  'middle_name',
  'search_name',
  'search_name_rev',
  'email',
  'phone',
  'birthday',
  'gender',
  'language',
  'time_zone',
  'address',
  'tags',
  'owner_id',
  'lifecycle_stage',
  'source',
  'preferred_channel',
  'custom',
  'version',
  'created_at',
  'updated_at',
] as const;

export function personValues(p: Person): (string | number | null)[] {
  return [
    p.id,
    p.firstName,
    p.lastName,
    p.middleName,
    nameKey([p.firstName, p.lastName]),
    nameKey([p.lastName, p.firstName]),
    p.emails.find((e) => e.primary)?.email ?? null,
    p.phones.find((x) => x.primary)?.phone ?? null,
    p.birthday,
    p.gender,
    p.language,
    p.timeZone,
    p.address == null ? null : toJson(p.address),
    toJson(p.tags),
    p.ownerId,
    p.lifecycleStage,
    p.source,
    p.preferredChannel,
    toJson(p.custom),
    p.version,
    p.createdAt,
    p.updatedAt,
  ];
}

export const EVENT_COLUMNS = [
  'id',
  'type',
  'entity_type',
  'entity_id',
  'person_id',
  'company_id',
  'actor_type',
  'actor_id',
  'occurred_at',
  'payload',
] as const;

export function eventValues(e: NewEvent, actor: Actor, now: number): (string | number | null)[] {
  return [
    newId('evt'),
    e.type,
    e.entityType,
    e.entityId,
    e.personId ?? null,
    e.companyId ?? null,
    actor.type,
    actor.id,
    now,
    toJson(e.payload ?? {}),
  ];
}
