import { type DB, type Executor, sqliteHandleOf } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { NewEvent } from '../../platform/events/append-event.js';
import { appendEvents } from '../../platform/events/append-events.js';
import { insertPeopleBulk } from '../people/bulk-insert-people.js';
import type { Person } from '../people/people.schemas.js';
import { extKey } from './import-rows.js';
import { postgresPeopleStore } from './people-store-postgres.js';
import { sqlitePeopleStore } from './people-store-sqlite.js';

/**
 * The import's hot writes and identity lookups, one implementation per dialect: SQLite reuses raw
 * prepared statements across rows and batches, PostgreSQL sends a batch as column arrays (`unnest`).
 * Every method runs in the caller's transaction (`trx`; the SQLite store's statements run on the
 * same connection, inside the transaction Kysely has open).
 */
export interface PeopleImportStore {
  /** Person id per `extKey(source, id)` for the external ids that exist. */
  findExternalIds(trx: Executor, ids: { source: string; id: string }[]): Promise<Map<string, string>>;
  /** Person id per email (the lowest person id when several people share it). */
  findEmails(trx: Executor, emails: string[]): Promise<Map<string, string>>;
  findPhones(trx: Executor, phones: string[]): Promise<Map<string, string>>;
  /** New people with their emails, phones and external ids (ownership already checked). */
  insertPeople(trx: Executor, people: Person[]): Promise<void>;
  appendEvents(trx: Executor, clock: Clock, actor: Actor, events: NewEvent[]): Promise<void>;
}

/** The store for this database: prepared statements are made once per import (per store). */
export function peopleImportStore(db: DB): PeopleImportStore {
  const handle = sqliteHandleOf(db);
  if (handle) return sqlitePeopleStore(handle);
  return postgresPeopleStore();
}

/** Plain Kysely queries: for callers without a store (small batches, any dialect). */
export const kyselyPeopleStore: PeopleImportStore = {
  async findExternalIds(trx, ids) {
    const out = new Map<string, string>();
    // (source, external_id) is the primary key: name the sources so the lookup uses it.
    const sources = [...new Set(ids.map((x) => x.source))];
    for (const chunk of chunks(unique(ids.map((x) => x.id))))
      for (const r of await trx
        .selectFrom('personExternalIds')
        .selectAll()
        .where('source', 'in', sources)
        .where('externalId', 'in', chunk)
        .execute())
        out.set(extKey(r.source, r.externalId), r.personId);
    return out;
  },
  async findEmails(trx, emails) {
    const out = new Map<string, string>();
    for (const chunk of chunks(unique(emails)))
      for (const r of await trx
        .selectFrom('personEmails')
        .select(['email', 'personId'])
        .where('email', 'in', chunk)
        .orderBy('personId')
        .execute())
        if (!out.has(r.email)) out.set(r.email, r.personId);
    return out;
  },
  async findPhones(trx, phones) {
    const out = new Map<string, string>();
    for (const chunk of chunks(unique(phones)))
      for (const r of await trx
        .selectFrom('personPhones')
        .select(['phone', 'personId'])
        .where('phone', 'in', chunk)
        .orderBy('personId')
        .execute())
        if (!out.has(r.phone)) out.set(r.phone, r.personId);
    return out;
  },
  insertPeople: (trx, people) => insertPeopleBulk(trx, people),
  appendEvents: (trx, clock, actor, events) => appendEvents(trx, clock, actor, events),
};

const unique = (xs: string[]) => [...new Set(xs)];
function* chunks<T>(xs: T[], size = 500): Generator<T[]> {
  for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size);
}
