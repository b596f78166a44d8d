import type SQLite from 'better-sqlite3';
import { EVENT_COLUMNS, eventValues, extKey, PEOPLE_COLUMNS, personValues } from './import-rows.js';
import type { PeopleImportStore } from './people-store.js';

const insert = (table: string, columns: readonly string[]) =>
  `insert into ${table} (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`;

/**
 * SQLite: one prepared statement per lookup and per insert, prepared once per import and run once
 * per row. better-sqlite3 is synchronous, so a row costs one native call and no SQL compilation;
 * Kysely would build and prepare a fresh multi-row statement for every chunk.
 */
export function sqlitePeopleStore(db: SQLite.Database): PeopleImportStore {
  const ext = db
    .prepare<[string, string], string>(
      'select person_id from person_external_ids where source = ? and external_id = ?',
    )
    .pluck();
  const email = db
    .prepare<[string], string>('select min(person_id) from person_emails where email = ?')
    .pluck();
  const phone = db
    .prepare<[string], string>('select min(person_id) from person_phones where phone = ?')
    .pluck();
  const person = db.prepare(insert('people', PEOPLE_COLUMNS));
  const personEmail = db.prepare(insert('person_emails', ['person_id', 'email', 'is_primary', 'position']));
  const personPhone = db.prepare(insert('person_phones', ['person_id', 'phone', 'is_primary', 'position']));
  const personExt = db.prepare(insert('person_external_ids', ['person_id', 'source', 'external_id']));
  const event = db.prepare(insert('events', EVENT_COLUMNS));

  const probe = (q: SQLite.Statement<[string], string>, values: string[]) => {
    const out = new Map<string, string>();
    for (const v of values) {
      if (out.has(v)) continue;
      const id = q.get(v);
      if (id) out.set(v, id);
    }
    return out;
  };
  return {
    async findExternalIds(_trx, ids) {
      const out = new Map<string, string>();
      for (const x of ids) {
        const id = ext.get(x.source, x.id);
        if (id) out.set(extKey(x.source, x.id), id);
      }
      return out;
    },
    findEmails: async (_trx, emails) => probe(email, emails),
    findPhones: async (_trx, phones) => probe(phone, phones),
    async insertPeople(_trx, people) {
      for (const p of people) {
        person.run(personValues(p));
        for (let i = 0; i < p.emails.length; i++)
          personEmail.run(p.id, p.emails[i]!.email, p.emails[i]!.primary ? 1 : 0, i);
        for (let i = 0; i < p.phones.length; i++)
          personPhone.run(p.id, p.phones[i]!.phone, p.phones[i]!.primary ? 1 : 0, i);
        for (const x of p.externalIds) personExt.run(p.id, x.source, x.id);
      }
    },
    async appendEvents(_trx, clock, actor, events) {
      const now = clock.now();
      for (const e of events) event.run(eventValues(e, actor, now));
    },
  };
}
