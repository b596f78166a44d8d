import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { fromJson } from '../../db/json.js';
import type { TimelineItem, TimelineQuery } from './timeline.schemas.js';

/**
 * One page of a person's, company's or record's history, newest first, straight from the event log: whatever
 * any module appends with a personId/companyId shows up here with no change to this module.
 * The caller checks that the principal may see the record. Cursor = the last item's `seq`.
 */
export async function getTimeline(
  db: Executor,
  target: { personId: string } | { companyId: string } | { entityType: string; entityId: string },
  query: TimelineQuery,
): Promise<{ data: TimelineItem[]; nextCursor: string | null }> {
  let q = db
    .selectFrom('events')
    .leftJoin('users', (j) => j.onRef('users.id', '=', 'events.actorId').on('events.actorType', '=', 'user'))
    .leftJoin('apiKeys', (j) =>
      j.onRef('apiKeys.id', '=', 'events.actorId').on('events.actorType', '=', 'api_key'),
    )
    .select([
      'events.seq',
      'events.id',
      'events.type',
      'events.occurredAt',
      'events.actorType',
      'events.actorId',
      'events.entityType',
      'events.entityId',
      'events.payload',
      'users.name as userName',
      'apiKeys.name as keyName',
    ]);
  if ('personId' in target) q = q.where('events.personId', '=', target.personId);
  else if ('companyId' in target) q = q.where('events.companyId', '=', target.companyId);
  // A record's own history (a deal's), served by the (entity_type, entity_id, seq) index.
  else
    q = q.where('events.entityType', '=', target.entityType).where('events.entityId', '=', target.entityId);
  if (query.kind) {
    const kinds = query.kind.split(',');
    q = q.where((eb) =>
      eb.or(kinds.flatMap((k) => [eb('events.type', '=', k), eb('events.type', 'like', `${k}.%`)])),
    );
  }
  if (query.cursor) q = q.where('events.seq', '<', Number(query.cursor));
  const rows = await q
    .orderBy(sql`events.seq desc`)
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  return {
    data: page.map((r) => ({
      id: r.id,
      type: r.type,
      at: r.occurredAt,
      actor: { type: r.actorType, id: r.actorId, name: r.userName ?? r.keyName ?? null },
      entityType: r.entityType,
      entityId: r.entityId,
      payload: fromJson<Record<string, unknown>>(r.payload),
    })),
    nextCursor: rows.length > query.limit ? String(page.at(-1)?.seq) : null,
  };
}
