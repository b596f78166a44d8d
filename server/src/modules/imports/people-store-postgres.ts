import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { type EVENT_COLUMNS, eventValues, extKey, type PEOPLE_COLUMNS, personValues } from './import-rows.js';
import { insertColumns } from './insert-columns.js';
import type { PeopleImportStore } from './people-store.js';

/** PostgreSQL array type of each column (JSON travels as text and is cast in the SELECT). */
const PEOPLE_TYPES: Record<(typeof PEOPLE_COLUMNS)[number], string> = {
  id: 'text',
  first_name: 'text',
  last_name: 'text',
  middle_name: 'text',
  search_name: 'text',
  search_name_rev: 'text',
  email: 'text',
  phone: 'text',
  birthday: 'text',
  gender: 'text',
  language: 'text',
  time_zone: 'text',
  address: 'jsonb',
  tags: 'jsonb',
  owner_id: 'text',
  lifecycle_stage: 'text',
  source: 'text',
  preferred_channel: 'text',
  custom: 'jsonb',
  version: 'int',
  created_at: 'bigint',
  updated_at: 'bigint',
};
const EVENT_TYPES: Record<(typeof EVENT_COLUMNS)[number], string> = {
  id: 'text',
  type: 'text',
  entity_type: 'text',
  entity_id: 'text',
  person_id: 'text',
  company_id: 'text',
  actor_type: 'text',
  actor_id: 'text',
  occurred_at: 'bigint',
  payload: 'jsonb',
};
/** PostgreSQL: lookups with one array parameter per batch, inserts as column arrays. */
export function postgresPeopleStore(): PeopleImportStore {
  const lookup = async (trx: Executor, table: string, column: string, values: string[]) => {
    const out = new Map<string, string>();
    if (!values.length) return out;
    const { rows } = await sql<{ v: string; personId: string }>`
      select ${sql.ref(column)} as v, min(person_id) as person_id from ${sql.table(table)}
      where ${sql.ref(column)} = any(${[...new Set(values)]}::text[]) group by 1`.execute(trx);
    for (const r of rows) out.set(r.v, r.personId);
    return out;
  };
  return {
    async findExternalIds(trx, ids) {
      const out = new Map<string, string>();
      if (!ids.length) return out;
      // Both columns of the primary key as arrays: an index scan; pairs that only cross-match
      // (another source's id) are dropped below.
      const { rows } = await sql<{ source: string; externalId: string; personId: string }>`
        select source, external_id, person_id from person_external_ids
        where source = any(${[...new Set(ids.map((i) => i.source))]}::text[])
          and external_id = any(${[...new Set(ids.map((i) => i.id))]}::text[])`.execute(trx);
      const wanted = new Set(ids.map((i) => extKey(i.source, i.id)));
      for (const r of rows)
        if (wanted.has(extKey(r.source, r.externalId))) out.set(extKey(r.source, r.externalId), r.personId);
      return out;
    },
    findEmails: (trx, emails) => lookup(trx, 'person_emails', 'email', emails),
    findPhones: (trx, phones) => lookup(trx, 'person_phones', 'phone', phones),
    async insertPeople(trx, people) {
      if (!people.length) return;
      await insertColumns(trx, 'people', PEOPLE_TYPES, people.map(personValues));
      const emails = people.flatMap((p) => p.emails.map((e, i) => [p.id, e.email, e.primary ? 1 : 0, i]));
      const phones = people.flatMap((p) => p.phones.map((x, i) => [p.id, x.phone, x.primary ? 1 : 0, i]));
      const side = (col: string) => ({
        person_id: 'text',
        [col]: 'text',
        is_primary: 'int',
        position: 'int',
      });
      await insertColumns(trx, 'person_emails', side('email'), emails);
      await insertColumns(trx, 'person_phones', side('phone'), phones);
      await insertColumns(
        trx,
        'person_external_ids',
        { person_id: 'text', source: 'text', external_id: 'text' },
        people.flatMap((p) => p.externalIds.map((x) => [p.id, x.source, x.id])),
      );
    },
    async appendEvents(trx, clock, actor, events) {
      const now = clock.now();
      await insertColumns(
        trx,
        'events',
        EVENT_TYPES,
        events.map((e) => eventValues(e, actor, now)),
      );
    },
  };
}
