import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';
import type { ListQuery } from '../customers/customers.api.js';
import type {
  Board,
  Deal,
  DealInput,
  Forecast,
  FunnelStage,
  Labels,
  LostReason,
  Pipeline,
  StageChange,
  StageInput,
} from './sales.types.js';

const id = encodeURIComponent;
type Range = { pipelineId?: string; from?: string; to?: string };

export const salesApi = {
  pipelines: () => api.get<{ data: Pipeline[] }>('/pipelines'),
  createPipeline: (body: { name: string; stages: StageInput[] }) => api.post<Pipeline>('/pipelines', body),
  updatePipeline: (
    pipelineId: string,
    body: { name?: string; labels?: Labels; isDefault?: true; stages?: StageInput[] },
  ) => api.patch<Pipeline>(`/pipelines/${id(pipelineId)}`, body),
  deletePipeline: (pipelineId: string) => api.delete(`/pipelines/${id(pipelineId)}`),
  lostReasons: () => api.get<{ data: LostReason[] }>('/lost-reasons'),
  board: (pipelineId?: string) => api.get<Board>('/deals/board', { pipelineId }),
  list: (query: ListQuery) => api.get<Page<Deal>>('/deals', { limit: 50, ...query }),
  get: (dealId: string) => api.get<Deal>(`/deals/${id(dealId)}`),
  history: (dealId: string) => api.get<{ data: StageChange[] }>(`/deals/${id(dealId)}/history`),
  create: (body: DealInput) => api.post<Deal>('/deals', body),
  update: (dealId: string, body: DealInput) => api.patch<Deal>(`/deals/${id(dealId)}`, body),
  remove: (dealId: string) => api.delete(`/deals/${id(dealId)}`),
  move: (dealId: string, body: { stageId: string; position?: number; lostReasonId?: string }) =>
    api.post<Deal>(`/deals/${id(dealId)}/move`, body),
  forecast: (q: Range) => api.get<Forecast>('/deals/forecast', q),
  funnel: (q: Range) => api.get<{ pipelineId: string; stages: FunnelStage[] }>('/deals/funnel', q),
};

export const dealsKey = ['deals'] as const;
export const boardKey = (pipelineId: string | undefined) => ['deals', 'board', pipelineId ?? ''] as const;
export const pipelinesKey = ['pipelines'] as const;

export function usePipelines() {
  return useQuery({ queryKey: pipelinesKey, queryFn: salesApi.pipelines, select: (r) => r.data });
}

export function useLostReasons() {
  return useQuery({ queryKey: ['lost-reasons'], queryFn: salesApi.lostReasons, select: (r) => r.data });
}

/** A seeded row's label in the user's language, else its name. */
export function useLabel() {
  const { i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage ?? 'en') as keyof Labels;
  return useCallback((row: { name: string; labels: Labels }) => row.labels[lang] || row.name, [lang]);
}
