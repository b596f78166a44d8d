import { sql } from 'kysely';
import type { Dialect } from '../../db/database.js';
import type { FieldDef, FieldRegistry } from '../../shims/lists.js';
import { customFieldExpr } from '../fields/custom-field-sql.js';
import type { FieldDefinition, FieldType } from '../fields/fields.schemas.js';

const col = (name: string, type: FieldDef['type'], searchable = false): FieldDef => ({
  type,
  column: sql.ref(`people.${name}`),
  sortable: true,
  searchable,
});

const LIST_TYPES: Record<FieldType, FieldDef['type']> = {
  text: 'string',
  long_text: 'string',
  number: 'number',
  money: 'number',
  date: 'date',
  datetime: 'datetime',
  boolean: 'boolean',
  select: 'string',
  multi_select: 'json',
  url: 'string',
  email: 'string',
  phone: 'string',
  user: 'string',
};

/** Custom fields as registry entries `custom.<key>` (money sorts and filters by amount). */
export function customEntries(dialect: Dialect, defs: FieldDefinition[]): FieldRegistry {
  const out: FieldRegistry = {};
  for (const d of defs) {
    out[`custom.${d.key}`] = {
      type: LIST_TYPES[d.type],
      column: customFieldExpr(dialect, d.key, d.type),
      sortable: d.type !== 'multi_select' && d.type !== 'long_text',
    };
  }
  return out;
}

/** What lists of people can filter and sort on; built per request from the active custom fields. */
export function peopleRegistry(dialect: Dialect, defs: FieldDefinition[]): FieldRegistry {
  return {
    id: col('id', 'string'),
    firstName: col('firstName', 'string', true),
    lastName: col('lastName', 'string', true),
    middleName: col('middleName', 'string'),
    email: col('email', 'string', true),
    phone: col('phone', 'string', true),
    birthday: col('birthday', 'date'),
    gender: col('gender', 'string'),
    language: col('language', 'string'),
    timeZone: col('timeZone', 'string'),
    ownerId: col('ownerId', 'string'),
    lifecycleStage: col('lifecycleStage', 'string'),
    source: col('source', 'string'),
    preferredChannel: col('preferredChannel', 'string'),
    createdAt: col('createdAt', 'datetime'),
    updatedAt: col('updatedAt', 'datetime'),
    ...customEntries(dialect, defs),
  };
}
