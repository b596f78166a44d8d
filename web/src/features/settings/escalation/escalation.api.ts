import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client.js';

export const ESCALATION_TRIGGERS = ['overdue', 'assignee_absent'] as const;
export const ESCALATION_ACTIONS = ['notify_lead', 'reassign_lead', 'reassign_substitute'] as const;

export interface EscalationRuleInput {
  name: string;
  trigger: (typeof ESCALATION_TRIGGERS)[number];
  overdueHours: number | null;
  action: (typeof ESCALATION_ACTIONS)[number];
  enabled: boolean;
  position: number;
}

export interface EscalationRule extends EscalationRuleInput {
  id: string;
  createdAt: number;
  updatedAt: number;
}

const key = ['escalation-rules'] as const;
const path = (id?: string) => `/tasks/escalation-rules${id ? `/${encodeURIComponent(id)}` : ''}`;

export const useEscalationRules = () =>
  useQuery({ queryKey: key, queryFn: async () => (await api.get<{ data: EscalationRule[] }>(path())).data });

/** Create, update (any subset) and delete; each refreshes the list. */
export function useEscalationMutations() {
  const qc = useQueryClient();
  const onSuccess = () => qc.invalidateQueries({ queryKey: key });
  return {
    save: useMutation({
      mutationFn: ({ id, input }: { id?: string; input: Partial<EscalationRuleInput> }) =>
        id ? api.patch<EscalationRule>(path(id), input) : api.post<EscalationRule>(path(), input),
      onSuccess,
    }),
    remove: useMutation({ mutationFn: (id: string) => api.delete(path(id)), onSuccess }),
  };
}
