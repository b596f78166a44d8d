import type { Executor } from '../../../db/database.js';
import { fromJson, toJson } from '../../../db/json.js';
import { newId } from '../../../platform/ids.js';
import { findCandidates } from './find-candidates.js';

export const orderedPair = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

/**
 * Recomputes the duplicate pairs of one person, idempotently: new candidates become `open` pairs,
 * open pairs get the current reasons and score, open pairs that no longer match are removed.
 * Dismissed and merged pairs keep their status (a dismissal is a decision, not a guess).
 * Returns how many pairs are open for the person afterwards.
 */
export async function detectDuplicates(db: Executor, now: number, personId: string): Promise<number> {
  const candidates = await findCandidates(db, personId);
  const existing = await db
    .selectFrom('personDuplicates')
    .selectAll()
    .where((eb) => eb.or([eb('firstId', '=', personId), eb('secondId', '=', personId)]))
    .execute();
  const byOther = new Map(existing.map((p) => [p.firstId === personId ? p.secondId : p.firstId, p]));
  let open = 0;
  for (const c of candidates) {
    const pair = byOther.get(c.otherId);
    byOther.delete(c.otherId);
    if (!pair) {
      const [a, b] = orderedPair(personId, c.otherId);
      await db
        .insertInto('personDuplicates')
        .values({
          id: newId('dup'),
          firstId: a,
          secondId: b,
          reasons: toJson(c.reasons),
          score: c.score,
          status: 'open',
          createdAt: now,
          updatedAt: now,
          resolvedAt: null,
          resolvedBy: null,
        })
        .onConflict((oc) => oc.columns(['firstId', 'secondId']).doNothing())
        .execute();
      open++;
      continue;
    }
    if (pair.status !== 'open') continue;
    open++;
    if (pair.score === c.score && JSON.stringify(fromJson(pair.reasons)) === JSON.stringify(c.reasons))
      continue;
    await db
      .updateTable('personDuplicates')
      .set({ reasons: toJson(c.reasons), score: c.score, updatedAt: now })
      .where('id', '=', pair.id)
      .execute();
  }
  const stale = [...byOther.values()].filter((p) => p.status === 'open').map((p) => p.id);
  if (stale.length) await db.deleteFrom('personDuplicates').where('id', 'in', stale).execute();
  return open;
}
