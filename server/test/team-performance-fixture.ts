import { expect } from 'vitest';
import { as, createUser, login, type Session, setupAdmin } from './auth-helpers.js';
import { createTestApp, type TestApp } from './context.js';

/** Shared by the team-performance and team-profit tests. */
export interface TeamWorld {
  t: TestApp;
  admin: Session;
  /** Managers by login name (`ann@example.com`); each one's display name is the login name in capitals. */
  u: Record<string, Session>;
  /** Team "North". */
  teamId: string;
  /** Moves a deal as the admin (200 expected). */
  move(id: string, stageId: string, lostReasonId?: string): Promise<void>;
}

/** An app with an admin, managers by name, and team "North" of some of them (optionally led by one). */
export async function teamWorld(
  dialect: 'sqlite' | 'postgres',
  opts: { managers: string[]; members: string[]; lead?: string },
): Promise<TeamWorld> {
  const t = await createTestApp(dialect);
  const admin = await setupAdmin(t);
  const u: Record<string, Session> = {};
  for (const name of opts.managers) {
    await createUser(t, admin, { email: `${name}@example.com`, role: 'manager', name: name.toUpperCase() });
    u[name] = await login(t, `${name}@example.com`, 'password-123');
  }
  const team = await as(t, admin, {
    method: 'POST',
    url: '/api/v1/teams',
    payload: {
      name: 'North',
      leadId: opts.lead ? u[opts.lead]!.userId : undefined,
      memberIds: opts.members.map((name) => u[name]!.userId),
    },
  });
  expect(team.statusCode).toBe(201);
  const move = async (id: string, stageId: string, lostReasonId?: string) => {
    const r = await as(t, admin, {
      method: 'POST',
      url: `/api/v1/deals/${id}/move`,
      payload: { stageId, lostReasonId },
    });
    expect(r.statusCode, r.body).toBe(200);
  };
  return { t, admin, u, teamId: team.json().id, move };
}

/** The team-performance report as `who` (200 expected); January 2026 unless `qs` says otherwise. */
export async function teamPerformance(t: TestApp, who: Session, qs = 'from=2026-01-01&to=2026-01-31') {
  const r = await as(t, who, { url: `/api/v1/analytics/team-performance?${qs}` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json();
}
