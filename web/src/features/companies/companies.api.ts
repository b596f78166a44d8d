import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';
import type { ListQuery } from '../customers/customers.api.js';
import type { Company, Person, TimelineEvent } from '../customers/customers.types.js';

export type CompanyInput = Partial<Omit<Company, 'id' | 'version' | 'createdAt' | 'updatedAt'>>;
const id = encodeURIComponent;

export const companiesApi = {
  list: (query: ListQuery) => api.get<Page<Company>>('/companies', { limit: 50, ...query }),
  get: (companyId: string) => api.get<Company>(`/companies/${id(companyId)}`),
  create: (body: CompanyInput) => api.post<Company>('/companies', body),
  update: (companyId: string, version: number, body: CompanyInput) =>
    api.patch<Company>(`/companies/${id(companyId)}`, body, { 'if-match': `"${version}"` }),
  people: (companyId: string, cursor?: string | null) =>
    api.get<Page<{ role: string | null; person: Person }>>(`/companies/${id(companyId)}/people`, {
      cursor,
      limit: 50,
    }),
  timeline: (companyId: string, query: { cursor?: string | null; kind?: string }) =>
    api.get<Page<TimelineEvent>>(`/companies/${id(companyId)}/timeline`, { limit: 30, ...query }),
  addNote: (companyId: string, body: string) => api.post(`/companies/${id(companyId)}/notes`, { body }),
};

export const companiesKey = ['companies'] as const;
export const companyKey = (companyId: string) => ['company', companyId] as const;
