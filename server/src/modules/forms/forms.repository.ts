import type { Executor } from '../../db/database.js';
import { fromJson, toJson } from '../../db/json.js';
import type { Form } from './forms.schemas.js';
import type { FormsTable } from './forms.table.js';

export function toForm(r: FormsTable): Form {
  return {
    id: r.id,
    name: r.name,
    language: r.language as Form['language'],
    fields: fromJson(r.fields),
    consents: fromJson(r.consents),
    assignment: fromJson(r.assignment),
    source: r.source,
    redirectUrl: r.redirectUrl,
    active: r.active === 1,
    createdAt: Number(r.createdAt),
    updatedAt: Number(r.updatedAt),
  };
}

export async function findForm(db: Executor, id: string): Promise<Form | undefined> {
  const row = await db.selectFrom('forms').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? toForm(row) : undefined;
}

export async function listForms(db: Executor): Promise<Form[]> {
  return (await db.selectFrom('forms').selectAll().orderBy('name').orderBy('id').execute()).map(toForm);
}

export async function saveForm(db: Executor, f: Form, isNew: boolean): Promise<void> {
  const row = {
    name: f.name,
    language: f.language,
    fields: toJson(f.fields),
    consents: toJson(f.consents),
    assignment: toJson(f.assignment),
    source: f.source,
    redirectUrl: f.redirectUrl,
    active: f.active ? 1 : 0,
    updatedAt: f.updatedAt,
  };
  if (isNew)
    await db
      .insertInto('forms')
      .values({ ...row, id: f.id, createdAt: f.createdAt })
      .execute();
  else await db.updateTable('forms').set(row).where('id', '=', f.id).execute();
}
