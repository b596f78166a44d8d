import type { Executor } from '../../db/database.js';

/**
 * Which of these people have a photo, in one query for a whole list page (uses `attachments_person`),
 * so the list can show avatars without a request per row.
 */
export async function peopleWithPhoto(db: Executor, personIds: string[]): Promise<Set<string>> {
  if (personIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('attachments')
    .select('personId')
    .where('kind', '=', 'photo')
    .where('personId', 'in', personIds)
    .execute();
  return new Set(rows.map((r) => r.personId).filter((id): id is string => id != null));
}

/** Adds `hasPhoto` to API people (list page and GET); events and audit diffs keep the plain person. */
export async function withPhotoFlags<T extends { id: string }>(
  db: Executor,
  people: T[],
): Promise<(T & { hasPhoto: boolean })[]> {
  const withPhoto = await peopleWithPhoto(
    db,
    people.map((p) => p.id),
  );
  return people.map((p) => ({ ...p, hasPhoto: withPhoto.has(p.id) }));
}
