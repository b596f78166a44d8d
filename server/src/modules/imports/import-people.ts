import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { NewEvent } from '../../platform/events/append-event.js';
import { appendEvents } from '../../platform/events/append-events.js';
import { newId } from '../../platform/ids.js';
import { insertPeopleBulk } from '../people/bulk-insert-people.js';
import { diffFields } from '../people/diff-fields.js';
import { hydratePeople, savePerson } from '../people/people.repository.js';
import type { Person } from '../people/people.schemas.js';
import { blankPerson, mergePerson } from './merge-person.js';
import type { ImportedPerson } from './row-validator.js';

export interface WriteEnv {
  clock: Clock;
  actor: Actor;
  /** Owner of new records (the user who started the import). */
  ownerId: string | null;
}

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

const IN_CHUNK = 500;
const extKey = (source: string, id: string) => `${source}\u0000${id}`;

async function lookup<T>(values: string[], q: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  const unique = [...new Set(values)];
  for (let i = 0; i < unique.length; i += IN_CHUNK) out.push(...(await q(unique.slice(i, i + IN_CHUNK))));
  return out;
}

/**
 * Upserts one batch of valid rows in the caller's transaction: a row matches a person by external
 * id, then email, then phone (stored or earlier in this batch); matched people are updated only when
 * something changed. Every create/update writes its person.created / person.updated event.
 */
export async function upsertPeopleBatch(
  trx: Executor,
  env: WriteEnv,
  rows: ImportedPerson[],
): Promise<UpsertCounts> {
  const byExt = new Map<string, string>();
  const byEmail = new Map<string, string>();
  const byPhone = new Map<string, string>();
  // (source, external_id) is the primary key: name the sources so the lookup uses it.
  const extSources = [...new Set(rows.flatMap((r) => r.externalIds.map((x) => x.source)))];
  const extIds = rows.flatMap((r) => r.externalIds.map((x) => x.id));
  for (const x of await lookup(extIds, (c) =>
    trx
      .selectFrom('personExternalIds')
      .selectAll()
      .where('source', 'in', extSources)
      .where('externalId', 'in', c)
      .execute(),
  ))
    byExt.set(extKey(x.source, x.externalId), x.personId);
  for (const e of await lookup(
    rows.flatMap((r) => r.emails),
    (c) =>
      trx
        .selectFrom('personEmails')
        .select(['email', 'personId'])
        .where('email', 'in', c)
        .orderBy('personId')
        .execute(),
  ))
    if (!byEmail.has(e.email)) byEmail.set(e.email, e.personId);
  for (const p of await lookup(
    rows.flatMap((r) => r.phones),
    (c) =>
      trx
        .selectFrom('personPhones')
        .select(['phone', 'personId'])
        .where('phone', 'in', c)
        .orderBy('personId')
        .execute(),
  ))
    if (!byPhone.has(p.phone)) byPhone.set(p.phone, p.personId);

  const ids = new Set([...byExt.values(), ...byEmail.values(), ...byPhone.values()]);
  const people = new Map<string, Person>();
  const stored = await lookup([...ids], (c) =>
    trx.selectFrom('people').selectAll().where('id', 'in', c).execute(),
  );
  for (const p of await hydratePeople(trx, stored)) people.set(p.id, p);

  const now = env.clock.now();
  const created = new Map<string, Person>();
  const updated = new Map<string, { before: Person; after: Person }>();
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
  await insertPeopleBulk(trx, [...created.values()]);
  for (const p of created.values()) {
    events.push({
      type: 'person.created',
      entityType: 'person',
      entityId: p.id,
      personId: p.id,
      payload: {
        firstName: p.firstName,
        lastName: p.lastName,
        email: p.email,
        source: p.source,
        via: 'import',
      },
    });
  }
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
  await appendEvents(trx, env.clock, env.actor, events);
  // A record touched by several rows of the file counts once as created/updated; the other rows as unchanged.
  return {
    created: created.size,
    updated: updated.size,
    unchanged: rows.length - created.size - updated.size,
  };
}
