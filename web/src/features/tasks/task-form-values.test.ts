import { describe, expect, it } from 'vitest';
import { taskFormValues, toLocalInput, toTaskInput } from './task-form-values.js';

describe('task form values', () => {
  it('round-trips a due time through the datetime-local text (minute precision)', () => {
    const due = new Date(2026, 10, 22, 9, 5).getTime();
    expect(toLocalInput(due)).toBe('2026-11-22T09:05');
    const task = {
      id: 'tsk_1',
      title: '  Call  ',
      type: 'call' as const,
      dueAt: due,
      remindBeforeMinutes: null,
      priority: 'high' as const,
      assigneeId: 'usr_1',
      related: { personId: 'per_1', companyId: null, dealId: null },
      status: 'open' as const,
      description: '',
      version: 1,
    };
    const body = toTaskInput(taskFormValues(task, 'usr_2'));
    expect(body).toMatchObject({ title: 'Call', dueAt: due, remindBeforeMinutes: null, assigneeId: 'usr_1' });
    expect(body.related).toEqual({ personId: 'per_1' });
    expect(
      toTaskInput({ ...taskFormValues(null, 'usr_2'), remind: 15, due: '2026-11-22T09:05' }),
    ).toMatchObject({
      assigneeId: 'usr_2',
      remindBeforeMinutes: 15,
      dueAt: due,
    });
  });
});
