import type { RuleHealth } from '@server/modules/automation/rule-health.schemas.js';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.js';

export type Trigger =
  | { kind: 'record_created'; entity: string }
  | { kind: 'field_changed'; entity: string; field: string; value?: string }
  | { kind: 'stage_entered'; pipelineId?: string; stageId: string }
  | { kind: 'task_overdue' }
  | { kind: 'date_reached'; entity: 'person'; field: string; offsetDays: number; at: string };

export type Action = { kind: string } & Record<string, unknown>;

export interface RuleInput {
  name: string;
  enabled: boolean;
  trigger: Trigger;
  condition: unknown;
  actions: Action[];
}

export interface Rule extends RuleInput {
  id: string;
  createdBy: string | null;
  createdAt: number;
  updatedAt: number;
  health: RuleHealth;
}

export interface RuleRun {
  id: string;
  eventId: string;
  entityType: string | null;
  entityId: string | null;
  status: 'done' | 'skipped' | 'failed' | 'running';
  error: string | null;
  at: number;
}

export const useRules = () =>
  useQuery({
    queryKey: ['automation-rules'],
    queryFn: async () => (await api.get<{ data: Rule[] }>('/automation/rules')).data,
  });

export const useRuleRuns = (id: string | null) =>
  useQuery({
    queryKey: ['automation-runs', id],
    enabled: id != null,
    queryFn: async () => (await api.get<{ data: RuleRun[] }>(`/automation/rules/${id}/runs`)).data,
  });

export function useSaveRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: RuleInput }) =>
      id ? api.put<Rule>(`/automation/rules/${id}`, input) : api.post<Rule>('/automation/rules', input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['automation-rules'] }),
  });
}

export function useToggleRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, enabled }: { id: string; enabled: boolean }) =>
      api.patch<Rule>(`/automation/rules/${id}`, { enabled }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['automation-rules'] }),
  });
}

export function useDeleteRule() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/automation/rules/${id}`),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['automation-rules'] }),
  });
}
