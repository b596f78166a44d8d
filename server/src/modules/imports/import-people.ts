import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { NewEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { diffFields } from '../people/diff-fields.js';
import { hydratePeople, savePerson } from '../people/people.repository.js';
import type { Person } from '../people/people.schemas.js';
import { extKey } from './import-rows.js';
import { type CompanyLink, linkImportedCompanies } from './link-imported-companies.js';
import { blankPerson, mergePerson } from './merge-person.js';
import type { OrderImportStore } from './order-store.js';
import { kyselyPeopleStore, type PeopleImportStore } from './people-store.js';
import type { ImportedPerson } from './row-validator.js';

export interface WriteEnv {
  clock: Clock;
  actor: Actor;
  /** Owner of new records (the user who started the import). */
  ownerId: string | null;
  /** Bulk lookups and writes for this import's connection (default: plain Kysely queries). */
  people?: PeopleImportStore;
  orders?: OrderImportStore;
}

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

const IN_CHUNK = 500;

/** The `person.created` event of a person the import created. */
export const personCreatedEvent = (p: Person): NewEvent => ({
  type: 'person.created',
  entityType: 'person',
  entityId: p.id,
  personId: p.id,
  payload: { firstName: p.firstName, lastName: p.lastName, email: p.email, source: p.source, via: 'import' },
});

/**
 * Upserts one batch of valid rows in the caller's transaction: a row matches a person by external
 * id, then email, then phone (stored or earlier in this batch); matched people are updated only when
 * something changed. Every create/update writes its person.created / person.updated event. A row
 * naming a company links the person to it (`linkImportedCompanies`).
 */
export async function upsertPeopleBatch(
  trx: Executor,
  env: WriteEnv,
  rows: ImportedPerson[],
): Promise<UpsertCounts> {
  const store = env.people ?? kyselyPeopleStore;
  const byExt = await store.findExternalIds(
    trx,
    rows.flatMap((r) => r.externalIds),
  );
  const byEmail = await store.findEmails(
    trx,
    rows.flatMap((r) => r.emails),
  );
  const byPhone = await store.findPhones(
    trx,
    rows.flatMap((r) => r.phones),
  );

  const ids = new Set([...byExt.values(), ...byEmail.values(), ...byPhone.values()]);
  const people = new Map<string, Person>();
  const known = [...ids];
  for (let i = 0; i < known.length; i += IN_CHUNK) {
    const stored = await trx
      .selectFrom('people')
      .selectAll()
      .where('id', 'in', known.slice(i, i + IN_CHUNK))
      .execute();
    for (const p of await hydratePeople(trx, stored)) people.set(p.id, p);
  }

  const now = env.clock.now();
  const created = new Map<string, Person>();
  const updated = new Map<string, { before: Person; after: Person }>();
  const links: CompanyLink[] = [];
  for (const row of rows) {
    const id =
      row.externalIds.map((x) => byExt.get(extKey(x.source, x.id))).find(Boolean) ??
      row.emails.map((e) => byEmail.get(e)).find(Boolean) ??
      row.phones.map((p) => byPhone.get(p)).find(Boolean);
    const cur = id ? people.get(id) : undefined;
    const base = cur ?? blankPerson(newId('per'), env.ownerId, now);
    // An external id already owned by someone else stays theirs.
    const own = {
      ...row,
      externalIds: row.externalIds.filter((x) =>
        [undefined, base.id].includes(byExt.get(extKey(x.source, x.id))),
      ),
    };
    const next = mergePerson(base, own);
    if (row.company) links.push({ personId: base.id, company: row.company, role: row.jobTitle ?? null });
    if (cur && Object.keys(diffFields(cur as never, next as never)).length === 0) {
      continue;
    }
    people.set(next.id, next);
    for (const x of next.externalIds) byExt.set(extKey(x.source, x.id), next.id);
    for (const e of next.emails) if (!byEmail.has(e.email)) byEmail.set(e.email, next.id);
    for (const p of next.phones) if (!byPhone.has(p.phone)) byPhone.set(p.phone, next.id);
    if (!cur || created.has(next.id)) created.set(next.id, next);
    else updated.set(next.id, { before: updated.get(next.id)?.before ?? cur, after: next });
  }

  const events: NewEvent[] = [];
  await store.insertPeople(trx, [...created.values()]);
  for (const p of created.values()) events.push(personCreatedEvent(p));
  for (const { before, after } of updated.values()) {
    await savePerson(trx, { ...after, version: before.version + 1, updatedAt: now }, false);
    events.push({
      type: 'person.updated',
      entityType: 'person',
      entityId: after.id,
      personId: after.id,
      payload: { changes: diffFields(before as never, after as never), via: 'import' },
    });
  }
  await store.appendEvents(trx, env.clock, env.actor, events);
  await linkImportedCompanies(trx, env, links);
  // A record touched by several rows of the file counts once as created/updated; the other rows as unchanged.
  return {
    created: created.size,
    updated: updated.size,
    unchanged: rows.length - created.size - updated.size,
  };
}
