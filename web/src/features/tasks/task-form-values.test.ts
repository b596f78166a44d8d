import { describe, expect, it } from 'vitest';
import { remindIn, taskFormValues, toTaskInput } from './task-form-values.js';

describe('task form values', () => {
  it('round-trips a due time through the form values (epoch ms)', () => {
    const due = new Date(2026, 10, 22, 9, 5).getTime();
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
      createdBy: null,
      completedAt: null,
      version: 1,
      createdAt: 0,
      updatedAt: 0,
    };
    const body = toTaskInput(taskFormValues(task, 'usr_2'));
    expect(body).toMatchObject({ title: 'Call', dueAt: due, remindBeforeMinutes: null, assigneeId: 'usr_1' });
    expect(body.related).toEqual({ personId: 'per_1' });
    expect(toTaskInput({ ...taskFormValues(null, 'usr_2'), remind: 15, due })).toMatchObject({
      assigneeId: 'usr_2',
      remindBeforeMinutes: 15,
      dueAt: due,
    });
  });

  it('a new task is due in an hour, to the minute', () => {
    const due = taskFormValues(null, 'usr_2').due!;
    expect(due % 60_000).toBe(0);
    expect(Math.abs(due - (Date.now() + 3_600_000))).toBeLessThan(61_000);
  });

  it('"remind before" reads in the largest exact unit and is sent in minutes', () => {
    expect(remindIn(90)).toEqual({ remind: 90, remindUnit: 'minutes' });
    expect(remindIn(120)).toEqual({ remind: 2, remindUnit: 'hours' });
    expect(remindIn(2880)).toEqual({ remind: 2, remindUnit: 'days' });
    expect(remindIn(0)).toEqual({ remind: 0, remindUnit: 'minutes' });
    const v = taskFormValues(null, 'usr_2');
    expect(toTaskInput({ ...v, remind: 2, remindUnit: 'hours' }).remindBeforeMinutes).toBe(120);
    expect(toTaskInput({ ...v, remind: 1, remindUnit: 'days' }).remindBeforeMinutes).toBe(1440);
    expect(toTaskInput({ ...v, remind: '', remindUnit: 'days' }).remindBeforeMinutes).toBeNull();
  });
});
