import type { ListField } from '../filter/filter-model.js';

/** Standard people fields of `GET /people` (server people-registry.ts), labelled from `people.fields.*`. */
export const PEOPLE_FIELDS: ListField[] = [
  { name: 'firstName', type: 'text', labelKey: 'people.fields.firstName', sortable: true },
  { name: 'lastName', type: 'text', labelKey: 'people.fields.lastName', sortable: true },
  { name: 'middleName', type: 'text', labelKey: 'people.fields.middleName', sortable: true },
  { name: 'email', type: 'email', labelKey: 'people.fields.email', sortable: true },
  { name: 'phone', type: 'phone', labelKey: 'people.fields.phone', sortable: true },
  { name: 'birthday', type: 'date', labelKey: 'people.fields.birthday', sortable: true },
  {
    name: 'gender',
    type: 'select',
    labelKey: 'people.fields.gender',
    sortable: true,
    options: ['female', 'male', 'other'].map((v) => ({
      value: v,
      label: v,
      labelKey: `people.genders.${v}`,
    })),
  },
  { name: 'language', type: 'text', labelKey: 'people.fields.language', sortable: true },
  { name: 'timeZone', type: 'text', labelKey: 'people.fields.timeZone', sortable: true },
  { name: 'ownerId', type: 'user', labelKey: 'people.fields.owner', sortable: true },
  { name: 'lifecycleStage', type: 'text', labelKey: 'people.fields.lifecycleStage', sortable: true },
  { name: 'source', type: 'text', labelKey: 'people.fields.source', sortable: true },
  {
    name: 'preferredChannel',
    type: 'select',
    labelKey: 'people.fields.preferredChannel',
    sortable: true,
    options: ['email', 'sms', 'phone', 'messenger'].map((v) => ({
      value: v,
      label: v,
      labelKey: `people.channels.${v}`,
    })),
  },
  { name: 'city', type: 'text', labelKey: 'people.fields.city', sortable: true },
  { name: 'country', type: 'text', labelKey: 'people.fields.country', sortable: true },
  { name: 'tags', type: 'multiselect', labelKey: 'people.fields.tags', sortable: false },
  { name: 'createdAt', type: 'datetime', labelKey: 'people.fields.createdAt', sortable: true },
  { name: 'updatedAt', type: 'datetime', labelKey: 'people.fields.updatedAt', sortable: true },
];

export const DEFAULT_PEOPLE_COLUMNS = ['name', 'email', 'phone', 'city', 'lifecycleStage', 'createdAt'];
