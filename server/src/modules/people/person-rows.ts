import { toJson } from '../../db/json.js';
import { searchKey } from './contact-values.js';
import type { Person } from './people.schemas.js';

/** The lower-cased, diacritics-folded name key that quick search probes. */
const nameKey = (parts: (string | null)[]) => searchKey(parts.filter(Boolean).join(' '));

/**
 * A person as the columns of its `people` row, all but `id` and `createdAt` (which only an insert
 * writes): the search keys and the primary email/phone are copied in. One place for `savePerson`
 * and the bulk import, so an imported person is stored exactly like one saved through the API.
 */
export function personColumns(p: Person) {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    middleName: p.middleName,
    searchName: nameKey([p.firstName, p.lastName]),
    searchNameRev: nameKey([p.lastName, p.firstName]),
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
    updatedAt: p.updatedAt,
  };
}

/** The person's `person_emails` rows, in order. */
export const emailRows = (p: Person) =>
  p.emails.map((e, i) => ({ personId: p.id, email: e.email, isPrimary: e.primary ? 1 : 0, position: i }));

/** The person's `person_phones` rows, in order. */
export const phoneRows = (p: Person) =>
  p.phones.map((x, i) => ({ personId: p.id, phone: x.phone, isPrimary: x.primary ? 1 : 0, position: i }));
