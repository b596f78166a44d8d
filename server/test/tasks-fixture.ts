import { expect } from 'vitest';
import { JobRunner } from '../src/platform/jobs/job-runner.js';
import { jobHandlers } from '../src/worker-registry.js';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, type TestApp } from './context.js';

export const HOUR = 3_600_000;
export const MIN = 60_000;

export interface TasksWorld {
  t: TestApp;
  admin: Session;
  /** Agents in team "Sales" led by `lead`. */
  alice: Session;
  bob: Session;
  lead: Session;
  /** A manager (scope own) outside the team. */
  manny: Session;
  teamId: string;
  personId: string;
  runner: JobRunner;
}

/** An app with a team (lead + two agents), a manager outside it, a person, and a job runner. */
export async function tasksWorld(
  dialect: 'sqlite' | 'postgres',
  env: NodeJS.ProcessEnv = {},
): Promise<TasksWorld> {
  const t = await createTestApp(dialect, env);
  const admin = await setupAdmin(t);
  const users: Record<string, string> = {};
  for (const [name, role] of [
    ['alice', 'agent'],
    ['bob', 'agent'],
    ['lead', 'supervisor'],
    ['manny', 'manager'],
  ] as const) {
    users[name] = (
      await createUser(t, admin, { email: `${name}@example.com`, role, name: name.toUpperCase() })
    ).id;
  }
  const team = await as(t, admin, {
    method: 'POST',
    url: '/api/v1/teams',
    payload: { name: 'Sales', leadId: users.lead, memberIds: [users.alice, users.bob, users.lead] },
  });
  expect(team.statusCode).toBe(201);
  const person = await as(t, admin, {
    method: 'POST',
    url: '/api/v1/people',
    payload: { firstName: 'Pēteris', lastName: 'Kalniņš' },
  });
  expect(person.statusCode).toBe(201);
  const s = async (n: string) => login(t, `${n}@example.com`, 'password-123');
  return {
    t,
    admin,
    alice: await s('alice'),
    bob: await s('bob'),
    lead: await s('lead'),
    manny: await s('manny'),
    teamId: team.json().id,
    personId: person.json().id,
    runner: new JobRunner(t, jobHandlers, { owner: 'test', batchSize: 20 }),
  };
}

export async function createTask(w: TasksWorld, who: Session, body: Record<string, unknown>) {
  const res = await as(w.t, who, {
    method: 'POST',
    url: '/api/v1/tasks',
    payload: { title: 'Call back', ...body },
  });
  if (res.statusCode !== 201) throw new Error(`create task: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; assigneeId: string; dueAt: number; version: number };
}

/** Notifications of one user of a kind (straight from the table). */
export async function notificationsOf(w: TasksWorld, userId: string, kind?: string) {
  let q = w.t.db.selectFrom('notifications').selectAll().where('userId', '=', userId);
  if (kind) q = q.where('kind', '=', kind);
  return q.execute();
}
