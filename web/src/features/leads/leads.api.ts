import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';
import { useContactSourceOptions } from '../../shared/display-names.js';
import type { ListQuery } from '../customers/customers.api.js';
import type { Lead, LeadInput, ScoreChange, ScoringRule, WebForm, WebFormInput } from './leads.types.js';

const id = encodeURIComponent;

export interface ConvertInput {
  ownerId?: string | null;
  companyName?: string;
  createDeal?: { pipelineId?: string; title: string; amount: number; currency: string };
}

export const leadsApi = {
  list: (query: ListQuery) => api.get<Page<Lead>>('/leads', { limit: 50, ...query }),
  get: (leadId: string) => api.get<Lead>(`/leads/${id(leadId)}`),
  history: (leadId: string) => api.get<{ data: ScoreChange[] }>(`/leads/${id(leadId)}/score-history`),
  create: (body: LeadInput) => api.post<Lead>('/leads', body),
  update: (leadId: string, body: LeadInput) => api.patch<Lead>(`/leads/${id(leadId)}`, body),
  remove: (leadId: string) => api.delete(`/leads/${id(leadId)}`),
  convert: (leadId: string, body: ConvertInput) => api.post<Lead>(`/leads/${id(leadId)}/convert`, body),
  rules: () => api.get<{ data: ScoringRule[] }>('/lead-scoring-rules'),
  createRule: (body: object) => api.post<ScoringRule>('/lead-scoring-rules', body),
  updateRule: (ruleId: string, body: object) =>
    api.put<ScoringRule>(`/lead-scoring-rules/${id(ruleId)}`, body),
  deleteRule: (ruleId: string) => api.delete(`/lead-scoring-rules/${id(ruleId)}`),
  forms: () => api.get<{ data: WebForm[] }>('/forms'),
  createForm: (body: WebFormInput) => api.post<WebForm>('/forms', body),
  updateForm: (formId: string, body: WebFormInput) => api.put<WebForm>(`/forms/${id(formId)}`, body),
  deleteForm: (formId: string) => api.delete(`/forms/${id(formId)}`),
  embed: (formId: string) => api.get<{ html: string; hostedUrl: string }>(`/forms/${id(formId)}/embed`),
  sources: () => api.get<{ data: { key: string; label: string; archived: boolean }[] }>('/contact-sources'),
};

export const leadsKey = ['leads'] as const;
export const rulesKey = ['lead-scoring-rules'] as const;
export const formsKey = ['forms'] as const;

/** Active contact sources as select options, labelled in the user's language. */
export const useContactSources = useContactSourceOptions;
