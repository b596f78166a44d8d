import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.js';
import { fieldLabel, peopleApi, peopleKey, useFields } from '../customers.api.js';
import type { FilterNode } from '../customers.types.js';
import { customListFields, isEmptyFilter, type ListField, nodePathOf } from '../filter/filter-model.js';
import { PEOPLE_FIELDS } from './people-fields.js';

/** Standard and active custom person fields, for columns, sorting and the filter builder. */
export function usePeopleFields(): ListField[] {
  const { i18n } = useTranslation();
  const defs = useFields('person');
  const lang = i18n.resolvedLanguage ?? 'en';
  return useMemo(
    () => [...PEOPLE_FIELDS, ...customListFields(defs.data ?? [], (d) => fieldLabel(d, lang))],
    [defs.data, lang],
  );
}

export interface ListParams {
  q: string;
  sort: string;
  filter: FilterNode | null;
}

export function listQueryOf({ q, sort, filter }: ListParams) {
  return {
    q: q.trim() || undefined,
    sort: sort || undefined,
    filter: isEmptyFilter(filter) ? undefined : JSON.stringify(filter),
  };
}

/** Pages of people by keyset cursor; `filterErrors` maps builder node paths to the server's reasons. */
export function usePeopleList(params: ListParams) {
  const query = listQueryOf(params);
  const list = useInfiniteQuery({
    queryKey: [...peopleKey, 'list', query],
    queryFn: ({ pageParam }) => peopleApi.list({ ...query, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
    retry: (count, err) => !isApiError(err, 400) && count < 2,
  });
  const filterErrors: Record<string, string> = {};
  if (isApiError(list.error, 400) && list.error.code === 'invalid_filter') {
    for (const e of list.error.errors) filterErrors[nodePathOf(e.path)] = e.message;
    if (!list.error.errors.length) filterErrors[''] = list.error.detail;
  }
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  return { list, rows, filterErrors, query };
}
