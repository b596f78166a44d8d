import type { Person } from '../people/people.schemas.js';
import type { ImportedPerson } from './row-validator.js';

/** An empty person for a new record (ids and times are filled by the caller). */
export function blankPerson(id: string, ownerId: string | null, now: number): Person {
  return {
    id,
    firstName: null,
    lastName: null,
    middleName: null,
    email: null,
    phone: null,
    emails: [],
    phones: [],
    birthday: null,
    gender: null,
    language: null,
    timeZone: null,
    address: null,
    externalIds: [],
    tags: [],
    ownerId,
    lifecycleStage: null,
    source: null,
    preferredChannel: null,
    custom: {},
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
}

/**
 * The person after applying one imported row: values in the row replace stored ones, empty cells
 * keep them; emails, phones, tags and external ids are added (the stored primary stays primary).
 * Applying the same row twice gives the same person, so a re-import changes nothing.
 */
export function mergePerson(cur: Person, row: ImportedPerson): Person {
  const next: Person = { ...cur, ...row.fields } as Person;
  const emails = [...cur.emails];
  for (const e of row.emails)
    if (!emails.some((x) => x.email === e)) emails.push({ email: e, primary: false });
  if (emails.length && !emails.some((e) => e.primary)) emails[0] = { ...emails[0]!, primary: true };
  const phones = [...cur.phones];
  for (const p of row.phones)
    if (!phones.some((x) => x.phone === p)) phones.push({ phone: p, primary: false });
  if (phones.length && !phones.some((p) => p.primary)) phones[0] = { ...phones[0]!, primary: true };
  const ext = [...cur.externalIds];
  for (const x of row.externalIds) if (!ext.some((y) => y.source === x.source && y.id === x.id)) ext.push(x);
  next.emails = emails;
  next.phones = phones;
  next.email = emails.find((e) => e.primary)?.email ?? null;
  next.phone = phones.find((p) => p.primary)?.phone ?? null;
  next.externalIds = ext;
  next.tags = [...new Set([...cur.tags, ...row.tags])];
  next.address = Object.keys(row.address).length ? { ...(cur.address ?? {}), ...row.address } : cur.address;
  next.custom = { ...cur.custom, ...row.custom };
  return next;
}
