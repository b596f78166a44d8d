import type { Executor } from '../../db/database.js';
import { toJson } from '../../db/json.js';
import { searchKey } from './contact-values.js';
import type { Person } from './people.schemas.js';

/** Rows per INSERT statement: under SQLite's 32,766 bound parameters with 23 columns. */
const CHUNK = 500;

// The same key savePerson stores (diacritics folded), so quick search finds imported people too.
const lower = (parts: (string | null)[]) => searchKey(parts.filter(Boolean).join(' '));

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
      .values(
        chunk.map((p) => ({
          id: p.id,
          firstName: p.firstName,
          lastName: p.lastName,
          middleName: p.middleName,
          searchName: lower([p.firstName, p.lastName]),
          searchNameRev: lower([p.lastName, p.firstName]),
          email: p.emails.find((e) => e.primary)?.email ?? null,
          phone: p.phones.find((x) => x.primary)?.phone ?? null,
          birthday: p.birthday,
          gender: p.gender,
          language: p.language,
          timeZone: p.timeZone,
          address: p.address == null ? null : toJson(p.address),
          tags: toJson(p.tags),
          ownerId: p.ownerId,
          lifecycleStage: p.lifecycleStage,
          source: p.source,
          preferredChannel: p.preferredChannel,
          custom: toJson(p.custom),
          version: p.version,
          createdAt: p.createdAt,
          updatedAt: p.updatedAt,
        })),
      )
      .execute(),
  );
  const emails = people.flatMap((p) =>
    p.emails.map((e, i) => ({ personId: p.id, email: e.email, isPrimary: e.primary ? 1 : 0, position: i })),
  );
  await insertChunked(emails, (c) => db.insertInto('personEmails').values(c).execute());
  const phones = people.flatMap((p) =>
    p.phones.map((x, i) => ({ personId: p.id, phone: x.phone, isPrimary: x.primary ? 1 : 0, position: i })),
  );
  await insertChunked(phones, (c) => db.insertInto('personPhones').values(c).execute());
  const ext = people.flatMap((p) =>
    p.externalIds.map((x) => ({ personId: p.id, source: x.source, externalId: x.id })),
  );
  await insertChunked(ext, (c) => db.insertInto('personExternalIds').values(c).execute());
}
