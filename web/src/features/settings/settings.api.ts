import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import type { ApiKey, Locale, Page, Role, Team, User } from '../../api/types.js';

export interface CreateUserInput {
  email: string;
  name: string;
  role: Role;
  password: string;
  teamIds?: string[];
  locale?: Locale;
}

export type UpdateUserInput = Partial<{
  name: string;
  role: Role;
  active: boolean;
  locale: Locale;
  absentFrom: number | null;
  absentUntil: number | null;
  substituteId: string | null;
  teamIds: string[];
}>;

export interface TeamInput {
  name: string;
  leadId?: string | null;
  memberIds?: string[];
}

export const settingsApi = {
  users: (query: { q?: string; cursor?: string | null; limit?: number }) =>
    api.get<Page<User>>('/users', query),
  createUser: (body: CreateUserInput) => api.post<User>('/users', body),
  updateUser: (id: string, body: UpdateUserInput) =>
    api.patch<User>(`/users/${encodeURIComponent(id)}`, body),
  teams: () => api.get<Page<Team>>('/teams'),
  createTeam: (body: TeamInput) => api.post<Team>('/teams', body),
  updateTeam: (id: string, body: TeamInput) => api.patch<Team>(`/teams/${encodeURIComponent(id)}`, body),
  deleteTeam: (id: string) => api.delete(`/teams/${encodeURIComponent(id)}`),
  apiKeys: () => api.get<Page<ApiKey>>('/api-keys'),
  createApiKey: (body: { name: string; role: Role }) => api.post<ApiKey & { key: string }>('/api-keys', body),
  revokeApiKey: (id: string) => api.delete(`/api-keys/${encodeURIComponent(id)}`),
};

export const usersKey = ['users'] as const;
export const teamsKey = ['teams'] as const;
export const apiKeysKey = ['api-keys'] as const;

/** Everyone (first 200), for pickers such as team lead and substitute. */
export function useUserOptions(enabled = true) {
  return useQuery({
    queryKey: [...usersKey, 'options'],
    queryFn: () => settingsApi.users({ limit: 200 }),
    select: (page) => page.data,
    enabled,
  });
}

export function useTeams(enabled = true) {
  return useQuery({ queryKey: teamsKey, queryFn: settingsApi.teams, select: (p) => p.data, enabled });
}
