import type { MERGE_FIELDS as FIELDS } from '@server/modules/people/merge/merge.schemas.js';
import { api } from '../../../api/client.js';
import { allOf } from '../../../api/server-types.js';
import type { Page } from '../../../api/types.js';
import type { Person } from '../customers.types.js';

export interface DuplicatePair {
  id: string;
  score: number;
  status: 'open' | 'dismissed' | 'merged';
  reasons: { kind: string; value?: string }[];
  people: Pick<Person, 'id' | 'firstName' | 'lastName' | 'email' | 'phone' | 'ownerId'>[];
}

/** Person fields a merge picks one side for (server `MERGE_FIELDS`), plus `custom.<key>`. */
export const MERGE_FIELDS = allOf<(typeof FIELDS)[number]>()([
  'firstName',
  'lastName',
  'middleName',
  'email',
  'phone',
  'birthday',
  'gender',
  'language',
  'timeZone',
  'address',
  'ownerId',
  'lifecycleStage',
  'source',
  'preferredChannel',
]);

export type DuplicateStatus = DuplicatePair['status'];

export const duplicatesApi = {
  queue: (status: DuplicateStatus, cursor?: string | null) =>
    api.get<Page<DuplicatePair>>('/people/duplicates', { status, limit: 50, cursor }),
  scan: () => api.post<{ jobId: string; status: string }>('/people/duplicates/scan'),
  forPerson: (personId: string) =>
    api.get<Page<DuplicatePair>>('/people/duplicates', { personId, status: 'open', limit: 20 }),
  dismiss: (pairId: string) => api.post(`/people/duplicates/${encodeURIComponent(pairId)}/dismiss`),
  merge: (body: { survivorId: string; mergedId: string; values: Record<string, 'survivor' | 'merged'> }) =>
    api.post<Person>('/people/merge', body),
};

export const duplicatesKey = ['duplicates'] as const;
