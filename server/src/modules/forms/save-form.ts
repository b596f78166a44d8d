import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { notFound, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { findForm, saveForm } from './forms.repository.js';
import type { Form, FormInput } from './forms.schemas.js';

/** Creates (id null) or replaces a form; checks the source, team and user it names exist. */
export async function saveFormInput(ctx: AppContext, actor: Actor, id: string | null, input: FormInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const before = id ? await findForm(trx, id) : undefined;
    if (id && !before) throw notFound('Form', id);
    if (input.source) {
      const src = await trx
        .selectFrom('contactSources')
        .select('key')
        .where('key', '=', input.source)
        .executeTakeFirst();
      if (!src)
        throw validationError('source', `unknown contact source ${input.source}`, 'not_found', {
          entity: 'contact_source',
          id: input.source,
        });
    }
    const a = input.assignment;
    if (a.mode === 'round_robin') {
      const team = await trx.selectFrom('teams').select('id').where('id', '=', a.teamId).executeTakeFirst();
      if (!team)
        throw validationError('assignment.teamId', `team ${a.teamId} not found`, 'not_found', {
          entity: 'team',
          id: a.teamId,
        });
    }
    if (a.mode === 'fixed') {
      const user = await trx.selectFrom('users').select('id').where('id', '=', a.userId).executeTakeFirst();
      if (!user)
        throw validationError('assignment.userId', `user ${a.userId} not found`, 'not_found', {
          entity: 'user',
          id: a.userId,
        });
    }
    const now = ctx.clock.now();
    const form: Form = {
      id: id ?? newId('form'),
      ...input,
      source: input.source ?? null,
      redirectUrl: input.redirectUrl ?? null,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
    };
    await saveForm(trx, form, !before);
    await appendEvent(trx, ctx.clock, actor, {
      type: before ? 'form.updated' : 'form.created',
      entityType: 'form',
      entityId: form.id,
      payload: { name: form.name },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'form',
      entityId: form.id,
      action: before ? 'update' : 'create',
      before: before ?? null,
      after: form,
    });
    return form;
  });
}

export async function deleteForm(ctx: AppContext, actor: Actor, id: string) {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await findForm(trx, id);
    if (!before) throw notFound('Form', id);
    await trx.deleteFrom('forms').where('id', '=', id).execute();
    await appendEvent(trx, ctx.clock, actor, { type: 'form.deleted', entityType: 'form', entityId: id });
    await recordAudit(trx, ctx, actor, {
      entityType: 'form',
      entityId: id,
      action: 'delete',
      before,
      after: null,
    });
  });
}
