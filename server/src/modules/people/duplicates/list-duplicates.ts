import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../../db/database.js';
import { fromJson } from '../../../db/json.js';
import type { Principal } from '../../../platform/auth/principal.js';
import { applyVisibility } from '../../../platform/auth/visibility.js';
import { decodeCursor, encodeCursor } from '../../../platform/lists/cursor.js';
import type { DuplicateReason } from './duplicates.table.js';

const SORT = 'duplicates:-score';

export interface DuplicatesQuery {
  limit: number;
  cursor?: string;
  status: 'open' | 'dismissed' | 'merged';
  personId?: string;
}

/**
 * The duplicates queue: pairs whose two people are both visible to the principal, best score
 * first (keyset cursor on score, id). Served by the (status, score, id) index.
 */
export async function listDuplicates(db: Executor, principal: Principal, q: DuplicatesQuery) {
  let query = db
    .selectFrom('personDuplicates as d')
    .innerJoin('people as pa', 'pa.id', 'd.firstId')
    .innerJoin('people as pb', 'pb.id', 'd.secondId')
    .select([
      'd.id',
      'd.reasons',
      'd.score',
      'd.status',
      'd.createdAt',
      'd.updatedAt',
      'd.resolvedAt',
      'pa.id as aId',
      'pa.firstName as aFirstName',
      'pa.lastName as aLastName',
      'pa.email as aEmail',
      'pa.phone as aPhone',
      'pa.ownerId as aOwnerId',
      'pb.id as bId',
      'pb.firstName as bFirstName',
      'pb.lastName as bLastName',
      'pb.email as bEmail',
      'pb.phone as bPhone',
      'pb.ownerId as bOwnerId',
    ])
    .where('d.status', '=', q.status);
  query = applyVisibility(applyVisibility(query, principal, 'pa.ownerId'), principal, 'pb.ownerId');
  if (q.personId) {
    const id = q.personId;
    query = query.where((eb) => eb.or([eb('d.firstId', '=', id), eb('d.secondId', '=', id)]));
  }
  if (q.cursor) {
    const [score, id] = decodeCursor(q.cursor, SORT, 2) as [number, string];
    query = query.where(sql<SqlBool>`(d.score < ${score} or (d.score = ${score} and d.id > ${id}))`);
  }
  const rows = await query
    .orderBy('d.score', 'desc')
    .orderBy('d.id')
    .limit(q.limit + 1)
    .execute();
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    data: page.map((r) => ({
      id: r.id,
      score: r.score,
      reasons: fromJson<DuplicateReason[]>(r.reasons),
      status: r.status,
      people: [
        {
          id: r.aId,
          firstName: r.aFirstName,
          lastName: r.aLastName,
          email: r.aEmail,
          phone: r.aPhone,
          ownerId: r.aOwnerId,
        },
        {
          id: r.bId,
          firstName: r.bFirstName,
          lastName: r.bLastName,
          email: r.bEmail,
          phone: r.bPhone,
          ownerId: r.bOwnerId,
        },
      ],
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      resolvedAt: r.resolvedAt,
    })),
    nextCursor: rows.length > q.limit && last ? encodeCursor(SORT, [last.score, last.id]) : null,
  };
}
