import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { TestApp } from './context.js';

/** A signed-in browser: its cookie and CSRF token, sent on every request. */
export interface Session {
  cookie: string;
  csrf: string;
  userId: string;
}

export const ADMIN = { email: 'admin@example.com', password: 'correct horse', name: 'Ada Admin' };

function sessionFrom(res: LightMyRequestResponse): Session {
  const cookie = res.cookies.find((c) => c.name === 'rapport_session');
  if (!cookie) throw new Error(`no session cookie (status ${res.statusCode}: ${res.body})`);
  const body = res.json();
  return { cookie: `rapport_session=${cookie.value}`, csrf: body.csrfToken, userId: body.user.id };
}

export async function setupAdmin(t: TestApp): Promise<Session> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/setup', payload: ADMIN });
  return sessionFrom(res);
}

export async function login(t: TestApp, email: string, password: string): Promise<Session> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  return sessionFrom(res);
}

/** A request as a session (cookie + CSRF header) or as an API key (bearer). */
export function as(t: TestApp, who: Session | string, opts: InjectOptions) {
  const headers: Record<string, string> =
    typeof who === 'string'
      ? { authorization: `Bearer ${who}` }
      : { cookie: who.cookie, 'x-csrf-token': who.csrf };
  return t.app.inject({ ...opts, headers: { ...headers, ...(opts.headers as Record<string, string>) } });
}

export async function createUser(
  t: TestApp,
  admin: Session,
  body: { email: string; role: string; password?: string; name?: string; teamIds?: string[] },
) {
  const res = await as(t, admin, {
    method: 'POST',
    url: '/api/v1/users',
    payload: { name: body.email.split('@')[0], password: 'password-123', ...body },
  });
  if (res.statusCode !== 201) throw new Error(`create user: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; email: string };
}

export async function createKey(t: TestApp, admin: Session, role: string, name = `${role} key`) {
  const res = await as(t, admin, { method: 'POST', url: '/api/v1/api-keys', payload: { name, role } });
  if (res.statusCode !== 201) throw new Error(`create key: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; key: string; prefix: string };
}
