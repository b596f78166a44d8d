import type { Task, TaskInput } from './tasks.api.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Due times are picked to the minute. */
const toMinute = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;

export interface TaskFormValues {
  title: string;
  type: TaskInput['type'];
  /** Epoch ms; null until picked. */
  due: number | null;
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
      due: toMinute(Date.now() + HOUR),
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
    due: task.dueAt,
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
    dueAt: v.due ?? Number.NaN,
    remindBeforeMinutes: v.remind === '' ? null : Number(v.remind),
    priority: v.priority,
    assigneeId: v.assigneeId,
    related: { personId: v.personId },
    description: v.description,
  };
}
