import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { notFound } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { checkDefinition } from './create-field.js';
import { getField, saveField } from './fields.repository.js';
import type { FieldDefinition, UpdateFieldInput } from './fields.schemas.js';
import { syncFieldIndex } from './manage-field-index.js';

/**
 * Changes a field's label, options, flags. Entity, key and type are fixed once created (stored values
 * depend on them). Archiving hides the field from forms and lists and keeps the stored values.
 */
export async function updateField(ctx: AppContext, actor: Actor, id: string, input: UpdateFieldInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const before = await getField(trx, id);
    if (!before) throw notFound('Field', id);
    const after: FieldDefinition = {
      ...before,
      ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
      updatedAt: ctx.clock.now(),
    };
    checkDefinition(after);
    await saveField(trx, after);
    if (after.indexed !== before.indexed) await syncFieldIndex(trx, after);
    await appendEvent(trx, ctx.clock, actor, {
      type: after.archived && !before.archived ? 'field.archived' : 'field.updated',
      entityType: 'custom_field',
      entityId: id,
      payload: { entity: after.entity, key: after.key },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'custom_field',
      entityId: id,
      action: 'update',
      before,
      after,
    });
    return after;
  });
}
