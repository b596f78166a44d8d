import type { Executor } from '../../db/database.js';
import { validationError } from '../../platform/errors.js';
import { assertUsersExist } from '../../platform/users/check-references.js';
import { assertCustomUsersExist } from '../fields/assert-custom-users.js';
import type { FieldDefinition } from '../fields/fields.schemas.js';
import { validateCustomValues } from '../fields/validate-custom-values.js';
import { checkDate, checkTimeZone, normalizeEmail, normalizePhone } from './contact-values.js';
import type { Person, PersonInput } from './people.schemas.js';

/** Picks the primary entry (the one flagged, else the first) and drops duplicates. */
function withPrimary<T extends { primary?: boolean }>(items: T[], key: (t: T) => string) {
  const seen = new Set<string>();
  const unique = items.filter((i) => !seen.has(key(i)) && seen.add(key(i)));
  const primaryAt = Math.max(
    0,
    unique.findIndex((i) => i.primary),
  );
  return unique.map((i, n) => ({ ...i, primary: n === primaryAt }));
}

/**
 * Validates and normalises a create/update body against the current person (null on create):
 * emails lower-cased, phones to E.164, dates, time zone, source, custom values. Returns the
 * full next state of the editable fields; fields not in the input keep their current value.
 */
export async function normalizePerson(
  db: Executor,
  input: PersonInput,
  current: Person | null,
  defs: FieldDefinition[],
): Promise<Omit<Person, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'email' | 'phone'>> {
  await assertUsersExist(db, [input.ownerId], 'ownerId');
  await assertCustomUsersExist(db, defs, input.custom);
  const pick = <K extends keyof PersonInput>(k: K, fallback: unknown) =>
    input[k] !== undefined ? input[k] : current ? current[k as keyof Person] : fallback;
  const emails = input.emails
    ? withPrimary(
        input.emails.map((e, i) => ({
          email: normalizeEmail(e.email, `emails.${i}.email`),
          primary: e.primary,
        })),
        (e) => e.email,
      ).map((e) => ({ email: e.email, primary: e.primary }))
    : (current?.emails ?? []);
  const phones = input.phones
    ? withPrimary(
        input.phones.map((p, i) => ({
          phone: normalizePhone(p.phone, `phones.${i}.phone`),
          primary: p.primary,
        })),
        (p) => p.phone,
      ).map((p) => ({ phone: p.phone, primary: p.primary }))
    : (current?.phones ?? []);
  if (input.birthday) checkDate(input.birthday, 'birthday');
  if (input.timeZone) checkTimeZone(input.timeZone, 'timeZone');
  if (input.source) {
    const src = await db
      .selectFrom('contactSources')
      .select('key')
      .where('key', '=', input.source)
      .where('archived', '=', 0)
      .executeTakeFirst();
    if (!src)
      throw validationError('source', `unknown contact source ${input.source}`, 'not_found', {
        entity: 'contact_source',
        id: input.source,
      });
  }
  const externalIds = input.externalIds ?? current?.externalIds ?? [];
  const extKeys = externalIds.map((x) => `${x.source}\u0000${x.id}`);
  if (new Set(extKeys).size !== extKeys.length)
    throw validationError('externalIds', 'contains duplicates', 'duplicate_values');
  return {
    firstName: pick('firstName', null) as string | null,
    lastName: pick('lastName', null) as string | null,
    middleName: pick('middleName', null) as string | null,
    emails,
    phones,
    birthday: pick('birthday', null) as string | null,
    gender: pick('gender', null) as string | null,
    language: pick('language', null) as string | null,
    timeZone: pick('timeZone', null) as string | null,
    address: pick('address', null) as Person['address'],
    externalIds,
    tags: input.tags ? [...new Set(input.tags)] : (current?.tags ?? []),
    ownerId: pick('ownerId', null) as string | null,
    lifecycleStage: pick('lifecycleStage', null) as string | null,
    source: pick('source', null) as string | null,
    preferredChannel: pick('preferredChannel', null) as string | null,
    custom: validateCustomValues(defs, input.custom, current ? current.custom : null),
  };
}
