import type { Executor } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import type { Principal } from '../../platform/auth/principal.js';
import { applyVisibility } from '../../platform/auth/visibility.js';
import { AppError } from '../../platform/errors.js';
import type { Person } from './people.schemas.js';
import type { PersonRow } from './people.table.js';
import { emailRows, personColumns, phoneRows } from './person-rows.js';

/**
 * `people` rows the principal may see: every read (get, list, search, export, timeline) starts here.
 * Merged tombstones are not people any more; `findMergedPerson` resolves them to the survivor.
 */
export function visiblePeople(db: Executor, principal: Principal) {
  return applyVisibility(
    db.selectFrom('people').selectAll('people').where('people.mergedIntoId', 'is', null),
    principal,
    'people.ownerId',
  );
}

/** The survivor id of a merged person the principal could see, or undefined. */
export async function findMergedPerson(db: Executor, principal: Principal, id: string) {
  const row = await applyVisibility(
    db.selectFrom('people').select(['people.mergedIntoId']).where('people.mergedIntoId', 'is not', null),
    principal,
    'people.ownerId',
  )
    .where('people.id', '=', id)
    .executeTakeFirst();
  return row?.mergedIntoId ?? undefined;
}

export async function isPersonVisible(db: Executor, principal: Principal, id: string): Promise<boolean> {
  return !!(await visiblePeople(db, principal).where('people.id', '=', id).executeTakeFirst());
}

export async function findPerson(
  db: Executor,
  principal: Principal,
  id: string,
): Promise<Person | undefined> {
  const row = await visiblePeople(db, principal).where('people.id', '=', id).executeTakeFirst();
  return row ? (await hydratePeople(db, [row]))[0] : undefined;
}

/** Rows → API objects, loading emails, phones and external ids for the whole page in 3 queries. */
export async function hydratePeople(db: Executor, rows: PersonRow[]): Promise<Person[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [emails, phones, ext] = await Promise.all([
    db.selectFrom('personEmails').selectAll().where('personId', 'in', ids).orderBy('position').execute(),
    db.selectFrom('personPhones').selectAll().where('personId', 'in', ids).orderBy('position').execute(),
    db.selectFrom('personExternalIds').selectAll().where('personId', 'in', ids).orderBy('source').execute(),
  ]);
  // Group once (a Map per side table): filtering the whole page per row is quadratic (CSV export pages).
  const byPerson = <T extends { personId: string }>(items: T[]) => {
    const m = new Map<string, T[]>();
    for (const i of items) m.get(i.personId)?.push(i) ?? m.set(i.personId, [i]);
    return (id: string) => m.get(id) ?? [];
  };
  const emailsOf = byPerson(emails);
  const phonesOf = byPerson(phones);
  const extOf = byPerson(ext);
  return rows.map((r) => ({
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    middleName: r.middleName,
    email: r.email,
    phone: r.phone,
    emails: emailsOf(r.id).map((e) => ({ email: e.email, primary: e.isPrimary === 1 })),
    phones: phonesOf(r.id).map((p) => ({ phone: p.phone, primary: p.isPrimary === 1 })),
    birthday: r.birthday,
    gender: r.gender,
    language: r.language,
    timeZone: r.timeZone,
    address: r.address == null ? null : fromJson(r.address),
    externalIds: extOf(r.id).map((x) => ({ source: x.source, id: x.externalId })),
    tags: fromJson<string[]>(r.tags),
    ownerId: r.ownerId,
    lifecycleStage: r.lifecycleStage,
    source: r.source,
    preferredChannel: r.preferredChannel,
    custom: fromJson<Record<string, unknown>>(r.custom),
    version: r.version,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
  }));
}

/** Inserts or replaces one person: the main row plus its side tables. */
export async function savePerson(db: Executor, p: Person, isNew: boolean): Promise<void> {
  const row = personColumns(p);
  if (isNew)
    await db
      .insertInto('people')
      .values({ ...row, id: p.id, createdAt: p.createdAt })
      .execute();
  else await db.updateTable('people').set(row).where('id', '=', p.id).execute();
  await replaceSideTables(db, p, isNew);
}

async function replaceSideTables(db: Executor, p: Person, isNew: boolean): Promise<void> {
  if (!isNew) {
    for (const t of ['personEmails', 'personPhones', 'personExternalIds'] as const) {
      await db.deleteFrom(t).where('personId', '=', p.id).execute();
    }
  }
  if (p.emails.length) await db.insertInto('personEmails').values(emailRows(p)).execute();
  if (p.phones.length) await db.insertInto('personPhones').values(phoneRows(p)).execute();
  for (const x of p.externalIds) {
    const owner = await db
      .selectFrom('personExternalIds')
      .select('personId')
      .where('source', '=', x.source)
      .where('externalId', '=', x.id)
      .executeTakeFirst();
    if (owner) {
      throw new AppError('conflict', `External id ${x.source}:${x.id} belongs to ${owner.personId}`, {
        errors: [
          {
            path: 'externalIds',
            message: `${x.source}:${x.id} is already used`,
            code: 'already_used',
            params: { entity: 'person', id: owner.personId },
          },
        ],
      });
    }
    await db
      .insertInto('personExternalIds')
      .values({ personId: p.id, source: x.source, externalId: x.id })
      .execute();
  }
}
