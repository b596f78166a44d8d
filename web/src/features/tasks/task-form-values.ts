import type { Task, TaskInput } from './tasks.api.js';

const pad = (n: number) => String(n).padStart(2, '0');
const HOUR = 3_600_000;

/** epoch ms → `YYYY-MM-DDTHH:mm` in the browser's zone (what datetime-local shows). */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export interface TaskFormValues {
  title: string;
  type: TaskInput['type'];
  due: string;
  remind: number | string;
  priority: TaskInput['priority'];
  assigneeId: string;
  personId: string | null;
  description: string;
}

/** The form's values for a task, or for a new one assigned to `userId`, due in an hour. */
export function taskFormValues(task: Task | null, userId: string): TaskFormValues {
  if (!task) {
    return {
      title: '',
      type: 'todo',
      due: toLocalInput(Date.now() + HOUR),
      remind: '',
      priority: 'normal',
      assigneeId: userId,
      personId: null,
      description: '',
    };
  }
  return {
    title: task.title,
    type: task.type,
    due: toLocalInput(task.dueAt),
    remind: task.remindBeforeMinutes ?? '',
    priority: task.priority,
    assigneeId: task.assigneeId,
    personId: task.related.personId,
    description: task.description,
  };
}

/** The API body for the form's values. */
export function toTaskInput(v: TaskFormValues): TaskInput {
  return {
    title: v.title.trim(),
    type: v.type,
    dueAt: new Date(v.due).getTime(),
    remindBeforeMinutes: v.remind === '' ? null : Number(v.remind),
    priority: v.priority,
    assigneeId: v.assigneeId,
    related: { personId: v.personId },
    description: v.description,
  };
}
