import type { Task, TaskInput } from './tasks.api.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** Due times are picked to the minute. */
const toMinute = (ms: number) => Math.floor(ms / MINUTE) * MINUTE;

/** "Remind before" is entered as an amount of minutes, hours or days; the API stores minutes. */
export const REMIND_UNITS = { minutes: 1, hours: 60, days: 1440 } as const;
export type RemindUnit = keyof typeof REMIND_UNITS;

/** The largest unit that states `minutes` exactly (90 → 90 minutes, 120 → 2 hours, 1440 → 1 day). */
export function remindIn(minutes: number): { remind: number; remindUnit: RemindUnit } {
  if (minutes > 0 && minutes % REMIND_UNITS.days === 0) return { remind: minutes / 1440, remindUnit: 'days' };
  if (minutes > 0 && minutes % REMIND_UNITS.hours === 0) return { remind: minutes / 60, remindUnit: 'hours' };
  return { remind: minutes, remindUnit: 'minutes' };
}

export interface TaskFormValues {
  title: string;
  type: TaskInput['type'];
  /** Epoch ms; null until picked. */
  due: number | null;
  remind: number | string;
  remindUnit: RemindUnit;
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
      remindUnit: 'minutes',
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
    ...(task.remindBeforeMinutes == null
      ? { remind: '', remindUnit: 'minutes' as const }
      : remindIn(task.remindBeforeMinutes)),
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
    remindBeforeMinutes: v.remind === '' ? null : Math.round(Number(v.remind) * REMIND_UNITS[v.remindUnit]),
    priority: v.priority,
    assigneeId: v.assigneeId,
    related: { personId: v.personId },
    description: v.description,
  };
}
