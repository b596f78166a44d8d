import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { automationConsumer } from '../src/modules/automation/automation.consumer.js';
import { as, type Session } from './auth-helpers.js';
import { drainConsumer } from './drain-consumer.js';
import type { TasksWorld } from './tasks-fixture.js';

export const api = (w: TasksWorld, opts: InjectOptions, who: Session = w.admin) => as(w.t, who, opts);

/** Creates a rule through the API (201 expected); returns its id. */
export async function createRule(w: TasksWorld, body: Record<string, unknown>): Promise<string> {
  const res = await api(w, {
    method: 'POST',
    url: '/api/v1/automation/rules',
    payload: { name: 'Rule', ...body },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

/** Turns the two shipped examples off so a test sees only its own rule's effects. */
export async function disableExamples(w: TasksWorld) {
  for (const id of ['rul_inquiry_follow_up', 'rul_vip_call']) {
    const res = await api(w, {
      method: 'PATCH',
      url: `/api/v1/automation/rules/${id}`,
      payload: { enabled: false },
    });
    expect(res.statusCode).toBe(200);
  }
}

export const drain = (w: TasksWorld) => drainConsumer(w.t, automationConsumer);

export async function tasksTitled(w: TasksWorld, title: string) {
  return w.t.db.selectFrom('tasks').selectAll().where('title', '=', title).execute();
}

export async function createPerson(w: TasksWorld, body: Record<string, unknown>, who: Session = w.admin) {
  const res = await api(w, { method: 'POST', url: '/api/v1/people', payload: body }, who);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; ownerId: string | null };
}

export async function createDeal(w: TasksWorld, body: Record<string, unknown>, who: Session = w.admin) {
  const res = await api(
    w,
    { method: 'POST', url: '/api/v1/deals', payload: { currency: 'EUR', ...body } },
    who,
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; ownerId: string };
}
