import type { Executor } from '../../db/database.js';

/**
 * Moves the merged company's people links (a person linked to both keeps the survivor's link and
 * role), re-points its events to the survivor (the timeline shows the whole history) and points
 * earlier tombstones at the survivor. Runs inside the merge transaction.
 */
export async function mergeCompanyLinks(db: Executor, survivorId: string, mergedId: string): Promise<void> {
  await db
    .deleteFrom('personCompanies')
    .where('companyId', '=', mergedId)
    .where(
      'personId',
      'in',
      db.selectFrom('personCompanies').select('personId').where('companyId', '=', survivorId),
    )
    .execute();
  await db
    .updateTable('personCompanies')
    .set({ companyId: survivorId })
    .where('companyId', '=', mergedId)
    .execute();
  await db.updateTable('events').set({ companyId: survivorId }).where('companyId', '=', mergedId).execute();
  await db
    .updateTable('companies')
    .set({ mergedIntoId: survivorId })
    .where('mergedIntoId', '=', mergedId)
    .execute();
}
