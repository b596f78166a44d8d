import type { Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';
import type { CustomFieldRow } from './custom-fields.table.js';
import type { FieldDefinition, FieldEntity, FieldOption, FieldType } from './fields.schemas.js';

export function toDefinition(row: CustomFieldRow): FieldDefinition {
  return {
    id: row.id,
    entity: row.entity as FieldEntity,
    key: row.key,
    label: fromJson(row.label),
    type: row.type as FieldType,
    required: row.required === 1,
    // Wrapped in {value}: a bare JSON string would read back ambiguously (pg parses, SQLite does not).
    default: row.defaultValue == null ? null : (fromJson<{ value: unknown }>(row.defaultValue).value ?? null),
    options: fromJson<FieldOption[]>(row.options),
    indexed: row.indexed === 1,
    archived: row.archived === 1,
    position: row.position,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Definitions of one entity; read per request so a new field works without a restart. */
export async function listFields(
  db: Executor,
  entity?: FieldEntity,
  opts: { includeArchived?: boolean } = {},
): Promise<FieldDefinition[]> {
  let q = db.selectFrom('customFields').selectAll().orderBy('position').orderBy('key');
  if (entity) q = q.where('entity', '=', entity);
  if (!opts.includeArchived) q = q.where('archived', '=', 0);
  return (await q.execute()).map(toDefinition);
}

export async function getField(db: Executor, id: string): Promise<FieldDefinition | undefined> {
  const row = await db.selectFrom('customFields').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toDefinition(row) : undefined;
}

export async function insertField(db: Executor, f: FieldDefinition): Promise<void> {
  await db
    .insertInto('customFields')
    .values({
      id: f.id,
      entity: f.entity,
      key: f.key,
      label: toJson(f.label),
      type: f.type,
      required: f.required ? 1 : 0,
      defaultValue: f.default == null ? null : toJson({ value: f.default }),
      options: toJson(f.options),
      indexed: f.indexed ? 1 : 0,
      archived: f.archived ? 1 : 0,
      position: f.position,
      createdAt: f.createdAt,
      updatedAt: f.updatedAt,
    })
    .execute();
}

export async function saveField(db: Executor, f: FieldDefinition): Promise<void> {
  await db
    .updateTable('customFields')
    .set({
      label: toJson(f.label),
      required: f.required ? 1 : 0,
      defaultValue: f.default == null ? null : toJson({ value: f.default }),
      options: toJson(f.options),
      indexed: f.indexed ? 1 : 0,
      archived: f.archived ? 1 : 0,
      position: f.position,
      updatedAt: f.updatedAt,
    })
    .where('id', '=', f.id)
    .execute();
}
