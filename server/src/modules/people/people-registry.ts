import type { Dialect } from '../../db/database.js';
import type { FieldDef, FieldRegistry, FieldType } from '../../platform/lists/field-registry.js';
import { jsonField } from '../../platform/lists/json-field.js';
import { customFieldExpr, LIST_TYPES } from '../fields/custom-field-sql.js';
import type { FieldDefinition } from '../fields/fields.schemas.js';

const col = (name: string, type: FieldType): FieldDef => ({ type, column: `people.${name}`, sortable: true });

/** Custom fields as registry entries `custom.<key>` (money sorts and filters by amount). */
export function customEntries(defs: FieldDefinition[]): FieldRegistry {
  const out: FieldRegistry = {};
  for (const d of defs) {
    out[`custom.${d.key}`] = {
      type: LIST_TYPES[d.type],
      column: (dialect: Dialect) => customFieldExpr(dialect, d.key, d.type),
      sortable: d.type !== 'multi_select' && d.type !== 'long_text',
      lowCardinality: d.type === 'select' || d.type === 'boolean',
      ...(d.options.length ? { options: d.options.map((o) => o.value) } : {}),
    };
  }
  return out;
}

/**
 * What lists of people filter and sort on; built per request from the active custom fields. Quick
 * search is not declared here: `people-search.ts` gives index-backed hooks instead.
 */
export function peopleRegistry(defs: FieldDefinition[]): FieldRegistry {
  return {
    id: { ...col('id', 'text'), nullable: false },
    firstName: col('firstName', 'text'),
    lastName: col('lastName', 'text'),
    middleName: col('middleName', 'text'),
    email: col('email', 'email'),
    phone: col('phone', 'phone'),
    birthday: col('birthday', 'date'),
    gender: { ...col('gender', 'select'), options: ['female', 'male', 'other'] },
    language: col('language', 'text'),
    timeZone: col('timeZone', 'text'),
    ownerId: col('ownerId', 'user'),
    lifecycleStage: col('lifecycleStage', 'text'),
    source: col('source', 'text'),
    preferredChannel: {
      ...col('preferredChannel', 'select'),
      options: ['email', 'sms', 'phone', 'messenger'],
    },
    city: { type: 'text', column: jsonField('people.address', 'city', 'text'), sortable: true },
    country: { type: 'text', column: jsonField('people.address', 'country', 'text'), sortable: true },
    tags: { type: 'multiselect', column: 'people.tags' },
    createdAt: { ...col('createdAt', 'datetime'), nullable: false },
    updatedAt: { ...col('updatedAt', 'datetime'), nullable: false },
    ...customEntries(defs),
  };
}
