import type { ListField } from '../filter/filter-model.js';
import { useListFields } from '../filter/use-list-fields.js';
import { PEOPLE_FIELDS } from './people-fields.js';

/** Standard and active custom person fields, for columns, sorting and the filter builder. */
export function usePeopleFields(): ListField[] {
  return useListFields('person', PEOPLE_FIELDS);
}
