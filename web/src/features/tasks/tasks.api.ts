import type {
  TASK_PRIORITIES as PRIORITIES,
  Task,
  TASK_TYPES as TYPES,
} from '@server/modules/tasks/tasks.schemas.js';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.js';
import { allOf } from '../../api/server-types.js';
import type { Page } from '../../api/types.js';
import { useTimeZone } from '../../shared/format.js';
import type { activityInput } from './activity-input.js';

// The server's own types and lists (docs/architecture.md, "Types the web shares").
export type { Task } from '@server/modules/tasks/tasks.schemas.js';
export type TaskType = (typeof TYPES)[number];
export type TaskPriority = (typeof PRIORITIES)[number];
export const TASK_TYPES = allOf<TaskType>()(['call', 'meeting', 'email', 'todo']);
export const TASK_PRIORITIES = allOf<TaskPriority>()(['low', 'normal', 'high']);

export interface TaskInput {
  title: string;
  type: TaskType;
  dueAt: number;
  remindBeforeMinutes: number | null;
  priority: TaskPriority;
  assigneeId?: string;
  related?: { personId: string | null };
  description: string;
}

export interface MyDay {
  overdue: Task[];
  today: Task[];
  upcoming: Task[];
  counts: { overdue: number; today: number; upcoming: number };
}

export const tasksKey = ['tasks'] as const;

export const tasksApi = {
  list: (filter: unknown, limit = 500) =>
    api.get<Page<Task>>('/tasks', { filter: JSON.stringify(filter), limit, sort: 'dueAt' }),
  /** "Today" in `timeZone`: the user's setting, else the browser's (useTimeZone). */
  myDay: (timeZone: string) => api.get<MyDay>('/tasks/my-day', { timeZone }),
  get: (id: string) => api.get<Task>(`/tasks/${encodeURIComponent(id)}`),
  create: (body: TaskInput) => api.post<Task>('/tasks', body),
  update: (id: string, body: Partial<TaskInput>) => api.patch<Task>(`/tasks/${encodeURIComponent(id)}`, body),
  complete: (id: string) => api.post<Task>(`/tasks/${encodeURIComponent(id)}/complete`),
  icalUrl: () => api.get<{ url: string }>('/tasks/ical-url'),
  /** A call, meeting, e-mail or note that already happened (`activity.logged` on the timeline). */
  logActivity: (body: ReturnType<typeof activityInput>) => api.post<{ id: string }>('/activities', body),
};

export function useMyDay() {
  const timeZone = useTimeZone();
  return useQuery({ queryKey: [...tasksKey, 'my-day', timeZone], queryFn: () => tasksApi.myDay(timeZone) });
}

/** Open tasks due in [from, to) (the visible ones: own, team or all by role). */
export function useTasksBetween(from: number, to: number) {
  return useQuery({
    queryKey: [...tasksKey, 'range', from, to],
    queryFn: () =>
      tasksApi.list({
        and: [
          { field: 'status', op: 'eq', value: 'open' },
          { field: 'dueAt', op: 'gte', value: from },
          { field: 'dueAt', op: 'lt', value: to },
        ],
      }),
    select: (p) => p.data,
  });
}

export function useOpenTasks() {
  return useQuery({
    queryKey: [...tasksKey, 'open'],
    queryFn: () => tasksApi.list({ field: 'status', op: 'eq', value: 'open' }),
    select: (p) => p.data,
  });
}

export function useCompleteTask(onError: (e: unknown) => void) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: tasksApi.complete,
    onSuccess: () => qc.invalidateQueries({ queryKey: tasksKey }),
    onError,
  });
}
