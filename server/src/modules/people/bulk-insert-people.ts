import type { Executor } from '../../db/database.js';
import type { Person } from './people.schemas.js';
import { emailRows, personColumns, phoneRows } from './person-rows.js';

/** Rows per INSERT statement: under SQLite's 32,766 bound parameters with 23 columns. */
const CHUNK = 500;

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await insert(rows.slice(i, i + CHUNK));
}

/**
 * Inserts many new people with their emails, phones and external ids in a few multi-row statements
 * (the import path; `savePerson` writes one at a time). Callers have checked external id ownership.
 */
export async function insertPeopleBulk(db: Executor, people: Person[]): Promise<void> {
  if (people.length === 0) return;
  await insertChunked(people, (chunk) =>
    db
      .insertInto('people')
      .values(chunk.map((p) => ({ id: p.id, createdAt: p.createdAt, ...personColumns(p) })))
      .execute(),
  );
  const emails = people.flatMap(emailRows);
  await insertChunked(emails, (c) => db.insertInto('personEmails').values(c).execute());
  const phones = people.flatMap(phoneRows);
  await insertChunked(phones, (c) => db.insertInto('personPhones').values(c).execute());
  const ext = people.flatMap((p) =>
    p.externalIds.map((x) => ({ personId: p.id, source: x.source, externalId: x.id })),
  );
  await insertChunked(ext, (c) => db.insertInto('personExternalIds').values(c).execute());
}
