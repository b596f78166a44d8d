import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { listFields } from '../fields/fields.repository.js';
import { normalizePerson } from './normalize-person.js';
import { savePerson } from './people.repository.js';
import type { Person, PersonInput } from './people.schemas.js';

/** Creates a person (owner defaults to the creating user); event `person.created` + audit. */
export async function createPerson(ctx: AppContext, principal: Principal, actor: Actor, input: PersonInput) {
  return ctx.db.transaction().execute((trx) => createPersonIn(trx, ctx, principal, actor, input));
}

/** The same inside the caller's transaction (lead conversion composes several). */
export async function createPersonIn(
  trx: Executor,
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  input: PersonInput,
) {
  const defs = await listFields(trx, 'person');
  const state = await normalizePerson(trx, input, null, defs);
  const now = ctx.clock.now();
  const person: Person = {
    id: newId('per'),
    ...state,
    ownerId: input.ownerId !== undefined ? state.ownerId : principal.userId,
    email: state.emails.find((e) => e.primary)?.email ?? null,
    phone: state.phones.find((p) => p.primary)?.phone ?? null,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await savePerson(trx, person, true);
  await appendEvent(trx, ctx.clock, actor, {
    type: 'person.created',
    entityType: 'person',
    entityId: person.id,
    personId: person.id,
    payload: {
      firstName: person.firstName,
      lastName: person.lastName,
      email: person.email,
      source: person.source,
    },
  });
  await recordAudit(trx, ctx, actor, {
    entityType: 'person',
    entityId: person.id,
    action: 'create',
    before: null,
    after: person,
  });
  return person;
}
