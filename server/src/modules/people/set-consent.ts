import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import type { Principal } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import type { ConsentInput, ConsentPurpose } from './consents.schemas.js';
import { isPersonVisible } from './people.repository.js';

export interface Consent {
  purpose: string;
  status: string;
  source: string | null;
  textVersion: string | null;
  changedAt: number;
  actor: { type: string; id: string | null };
}

/**
 * Records a person's consent for one purpose with time, source and text version. The row holds the
 * current state; every change is a `consent.changed` event, so the history is on the timeline.
 * Repeating the same state writes nothing.
 */
export async function setConsent(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  personId: string,
  purpose: ConsentPurpose,
  input: ConsentInput,
): Promise<Consent> {
  return ctx.db.transaction().execute(async (trx) => {
    if (!(await isPersonVisible(trx, principal, personId))) throw notFound('Person', personId);
    return recordConsentIn(trx, ctx, actor, personId, purpose, input);
  });
}

/** The same without a visibility check, in the caller's transaction (web forms, lead conversion). */
export async function recordConsentIn(
  trx: Executor,
  ctx: Pick<AppContext, 'clock'>,
  actor: Actor,
  personId: string,
  purpose: string,
  input: ConsentInput,
): Promise<Consent> {
  {
    const before = await trx
      .selectFrom('personConsents')
      .selectAll()
      .where('personId', '=', personId)
      .where('purpose', '=', purpose)
      .executeTakeFirst();
    const row = {
      personId,
      purpose,
      status: input.status,
      source: input.source ?? null,
      textVersion: input.textVersion ?? null,
      changedAt: ctx.clock.now(),
      actorType: actor.type,
      actorId: actor.id,
    };
    if (
      before &&
      before.status === row.status &&
      before.source === row.source &&
      before.textVersion === row.textVersion
    ) {
      return toConsent(before);
    }
    if (before) {
      await trx
        .updateTable('personConsents')
        .set(row)
        .where('personId', '=', personId)
        .where('purpose', '=', purpose)
        .execute();
    } else {
      await trx.insertInto('personConsents').values(row).execute();
    }
    await appendEvent(trx, ctx.clock, actor, {
      type: 'consent.changed',
      entityType: 'person',
      entityId: personId,
      personId,
      payload: {
        purpose,
        status: row.status,
        previousStatus: before?.status ?? null,
        source: row.source,
        textVersion: row.textVersion,
      },
    });
    return toConsent(row);
  }
}

export function toConsent(r: {
  purpose: string;
  status: string;
  source: string | null;
  textVersion: string | null;
  changedAt: number;
  actorType: string;
  actorId: string | null;
}): Consent {
  return {
    purpose: r.purpose,
    status: r.status,
    source: r.source,
    textVersion: r.textVersion,
    changedAt: r.changedAt,
    actor: { type: r.actorType, id: r.actorId },
  };
}
