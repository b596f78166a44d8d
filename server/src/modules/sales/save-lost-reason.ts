import type { AppContext } from '../../context.js';
import { toJson } from '../../db/json.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { toLostReason } from './pipelines.repository.js';
import type { Labels, LostReason } from './pipelines.schemas.js';

type Input = { name?: string; labels?: Labels; archived?: boolean; position?: number };

/** Creates (id null) or updates a lost reason. Reasons are archived, never deleted: deals point at them. */
export async function saveLostReason(
  ctx: AppContext,
  actor: Actor,
  id: string | null,
  input: Input,
): Promise<LostReason> {
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const row = id
      ? await trx.selectFrom('lostReasons').selectAll().where('id', '=', id).executeTakeFirst()
      : undefined;
    if (id && !row) throw notFound('Lost reason', id);
    const before = row ? toLostReason(row) : null;
    const reasonId = id ?? newId('lr');
    const values = {
      name: input.name ?? before?.name ?? '',
      labels: toJson(input.labels ?? before?.labels ?? {}),
      archived: (input.archived ?? before?.archived ?? false) ? 1 : 0,
      updatedAt: now,
    };
    if (before) {
      await trx
        .updateTable('lostReasons')
        .set({ ...values, position: input.position ?? before.position })
        .where('id', '=', reasonId)
        .execute();
    } else {
      const last = await trx
        .selectFrom('lostReasons')
        .select((eb) => eb.fn.max('position').as('p'))
        .executeTakeFirst();
      const position = input.position ?? Number(last?.p ?? -1) + 1;
      await trx
        .insertInto('lostReasons')
        .values({ ...values, id: reasonId, key: null, position, createdAt: now })
        .execute();
    }
    const after = toLostReason(
      await trx.selectFrom('lostReasons').selectAll().where('id', '=', reasonId).executeTakeFirstOrThrow(),
    );
    await appendEvent(trx, ctx.clock, actor, {
      type: before ? 'lost_reason.updated' : 'lost_reason.created',
      entityType: 'lost_reason',
      entityId: reasonId,
      payload: { name: after.name, archived: after.archived },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'lost_reason',
      entityId: reasonId,
      action: before ? 'update' : 'create',
      before,
      after,
    });
    return after;
  });
}
