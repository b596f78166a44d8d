import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';
import type {
  Company,
  Consent,
  ConsentStatus,
  FieldDefinition,
  FieldEntity,
  Person,
  TimelineEvent,
} from './customers.types.js';

export interface ListQuery {
  q?: string;
  sort?: string;
  filter?: string;
  cursor?: string | null;
  limit?: number;
}

export type PersonInput = Partial<
  Omit<Person, 'id' | 'version' | 'createdAt' | 'updatedAt' | 'email' | 'phone'>
>;
const id = encodeURIComponent;

export const peopleApi = {
  list: (query: ListQuery) => api.get<Page<Person>>('/people', { limit: 50, ...query }),
  get: (personId: string) => api.get<Person>(`/people/${id(personId)}`),
  create: (body: PersonInput) => api.post<Person>('/people', body),
  /** With the version the user saw: a 412 means someone else saved in between. */
  update: (personId: string, version: number, body: PersonInput) =>
    api.patch<Person>(`/people/${id(personId)}`, body, { 'if-match': `"${version}"` }),
  remove: (personId: string) => api.delete(`/people/${id(personId)}`),
  timeline: (personId: string, query: { cursor?: string | null; kind?: string }) =>
    api.get<Page<TimelineEvent>>(`/people/${id(personId)}/timeline`, { limit: 30, ...query }),
  addNote: (personId: string, body: string) => api.post(`/people/${id(personId)}/notes`, { body }),
  consents: (personId: string) => api.get<{ data: Consent[] }>(`/people/${id(personId)}/consents`),
  setConsent: (personId: string, purpose: string, body: { status: ConsentStatus; source?: string }) =>
    api.put(`/people/${id(personId)}/consents/${id(purpose)}`, body),
  companies: (personId: string) =>
    api.get<{ data: { role: string | null; company: Company }[] }>(`/people/${id(personId)}/companies`),
  link: (personId: string, companyId: string, role: string | null) =>
    api.post(`/people/${id(personId)}/companies`, { companyId, role }),
  unlink: (personId: string, companyId: string) =>
    api.delete(`/people/${id(personId)}/companies/${id(companyId)}`),
};

export const fieldsApi = {
  list: (entity: FieldEntity, archived = false) =>
    api.get<{ data: FieldDefinition[] }>('/fields', { entity, archived: archived ? 'true' : undefined }),
  create: (body: Record<string, unknown>) => api.post<FieldDefinition>('/fields', body),
  update: (fieldId: string, body: Record<string, unknown>) =>
    api.patch<FieldDefinition>(`/fields/${id(fieldId)}`, body),
};

export const peopleKey = ['people'] as const;
export const fieldsKey = ['fields'] as const;
export const personKey = (personId: string) => ['person', personId] as const;
export const timelineKey = (entity: string, entityId: string) => ['timeline', entity, entityId] as const;

/** Active custom fields of an entity; invalidating `fieldsKey` refreshes forms, columns and filters. */
export function useFields(entity: FieldEntity) {
  return useQuery({
    queryKey: [...fieldsKey, entity],
    queryFn: () => fieldsApi.list(entity),
    select: (p) => p.data.filter((f) => !f.archived),
  });
}

/** The label of a custom field in the user's language, falling back to English. */
export function fieldLabel(def: { label: { en: string; ru?: string; lv?: string } }, lang: string): string {
  return (def.label as Record<string, string | undefined>)[lang] || def.label.en;
}
