import type { AppContext } from '../../context.js';
import { toJson } from '../../db/json.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { checkTaskRefs } from './save-task.js';
import type { LogActivityInput } from './tasks.schemas.js';
import type { ActivityRow } from './tasks.table.js';

export const toActivity = (r: ActivityRow) => ({
  id: r.id,
  kind: r.kind,
  personId: r.personId,
  companyId: r.companyId,
  dealId: r.dealId,
  taskId: r.taskId,
  outcome: r.outcome,
  durationSeconds: r.durationSeconds,
  attendees: (typeof r.attendees === 'string' ? JSON.parse(r.attendees) : r.attendees) as string[],
  body: r.body,
  at: Number(r.at),
  createdBy: r.createdBy,
  createdAt: Number(r.createdAt),
});

/** Logs a call/meeting/e-mail/note; event `activity.logged` on the person/company timeline. */
export async function logActivity(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  input: LogActivityInput,
) {
  return ctx.db.transaction().execute(async (trx) => {
    await checkTaskRefs(
      trx,
      { personId: input.personId, companyId: input.companyId, dealId: input.dealId },
      '',
    );
    const now = ctx.clock.now();
    const row: ActivityRow = {
      id: newId('act'),
      kind: input.kind,
      personId: input.personId ?? null,
      companyId: input.companyId ?? null,
      dealId: input.dealId ?? null,
      taskId: input.taskId ?? null,
      outcome: input.outcome ?? null,
      durationSeconds: input.durationSeconds ?? null,
      attendees: toJson(input.attendees),
      body: input.body,
      at: input.at ?? now,
      createdBy: principal.userId,
      createdAt: now,
    };
    await trx.insertInto('activities').values(row).execute();
    const activity = toActivity(row);
    await appendEvent(trx, ctx.clock, actor, {
      type: 'activity.logged',
      entityType: 'activity',
      entityId: row.id,
      personId: row.personId,
      companyId: row.companyId,
      payload: {
        kind: row.kind,
        outcome: row.outcome,
        durationSeconds: row.durationSeconds,
        at: row.at,
        body: row.body,
      },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'activity',
      entityId: row.id,
      action: 'create',
      after: activity,
    });
    return activity;
  });
}
