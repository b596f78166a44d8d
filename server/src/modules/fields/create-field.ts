import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { AppError, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { insertField } from './fields.repository.js';
import type { CreateFieldInput, FieldDefinition } from './fields.schemas.js';
import { syncFieldIndex } from './manage-field-index.js';
import { checkValue } from './validate-custom-values.js';

export function checkDefinition(def: FieldDefinition): void {
  if ((def.type === 'select' || def.type === 'multi_select') && def.options.length === 0) {
    throw validationError('options', 'a select field needs at least one option', 'no_options');
  }
  const values = def.options.map((o) => o.value);
  if (new Set(values).size !== values.length)
    throw validationError('options', 'option values must be unique', 'duplicate_values');
  if (def.default != null) def.default = checkValue(def, def.default, 'default');
}

/** Adds a custom field; the key is unique per entity (409 when taken, archived or not). */
export async function createField(ctx: AppContext, actor: Actor, input: CreateFieldInput) {
  const now = ctx.clock.now();
  const def: FieldDefinition = {
    id: newId('fld'),
    ...input,
    default: input.default ?? null,
    archived: false,
    createdAt: now,
    updatedAt: now,
  };
  checkDefinition(def);
  return ctx.db.transaction().execute(async (trx) => {
    const taken = await trx
      .selectFrom('customFields')
      .select('id')
      .where('entity', '=', def.entity)
      .where('key', '=', def.key)
      .executeTakeFirst();
    if (taken) throw new AppError('conflict', `Field ${def.entity}.${def.key} already exists`);
    await insertField(trx, def);
    await syncFieldIndex(trx, def);
    await appendEvent(trx, ctx.clock, actor, {
      type: 'field.created',
      entityType: 'custom_field',
      entityId: def.id,
      payload: { entity: def.entity, key: def.key, type: def.type },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'custom_field',
      entityId: def.id,
      action: 'create',
      before: null,
      after: def,
    });
    return def;
  });
}
