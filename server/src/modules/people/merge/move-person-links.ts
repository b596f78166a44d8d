import type { Executor } from '../../../db/database.js';

/**
 * Moves everything attached to `mergedId` over to `survivorId`, inside the merge transaction:
 * company links (the survivor's link wins when both work at the same company), consents (the most
 * recent per purpose wins), events (so the survivor's timeline shows the whole history, notes
 * included), and earlier merges into the merged person (tombstones point at the survivor directly).
 * Attachments are moved by the caller through the attachments module's `moveAttachments`.
 */
export async function movePersonLinks(db: Executor, survivorId: string, mergedId: string): Promise<void> {
  await db
    .deleteFrom('personCompanies')
    .where('personId', '=', mergedId)
    .where(
      'companyId',
      'in',
      db.selectFrom('personCompanies').select('companyId').where('personId', '=', survivorId),
    )
    .execute();
  await db
    .updateTable('personCompanies')
    .set({ personId: survivorId })
    .where('personId', '=', mergedId)
    .execute();

  const theirs = await db.selectFrom('personConsents').selectAll().where('personId', '=', mergedId).execute();
  const ours = await db.selectFrom('personConsents').selectAll().where('personId', '=', survivorId).execute();
  for (const c of theirs) {
    const mine = ours.find((o) => o.purpose === c.purpose);
    if (mine && mine.changedAt >= c.changedAt) continue;
    if (mine) {
      await db
        .deleteFrom('personConsents')
        .where('personId', '=', survivorId)
        .where('purpose', '=', c.purpose)
        .execute();
    }
    await db
      .insertInto('personConsents')
      .values({ ...c, personId: survivorId })
      .execute();
  }
  await db.deleteFrom('personConsents').where('personId', '=', mergedId).execute();

  await db.updateTable('events').set({ personId: survivorId }).where('personId', '=', mergedId).execute();
  await db
    .updateTable('people')
    .set({ mergedIntoId: survivorId })
    .where('mergedIntoId', '=', mergedId)
    .execute();
  // The merged person's identities now belong to the survivor (re-added by savePerson).
  for (const t of ['personEmails', 'personPhones', 'personExternalIds'] as const) {
    await db.deleteFrom(t).where('personId', '=', mergedId).execute();
  }
}
