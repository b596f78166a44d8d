import type { AppInstance } from '../../app.js';
import { AppError } from '../errors.js';
import { updateUser } from '../users/update-user.js';
import { loadUserDto } from '../users/user.repository.js';
import { UserSchema } from '../users/users.schemas.js';
import { principalOf } from './auth.hook.js';
import { ChangePasswordBody, LoginBody, PatchMeBody, SessionInfo, SignedIn } from './auth.schemas.js';
import { changePassword } from './change-password.js';
import { login } from './login.js';
import { logout } from './logout.js';
import { actorOf } from './principal.js';
import { clearSessionCookie, requestMeta, setSessionCookie } from './session-cookie.js';
import { csrfTokenFor } from './tokens.js';

/** Per-IP limit on sign-in attempts (the per-email lockout lives in the database). */
export const LOGIN_RATE_LIMIT = { max: 30, timeWindow: '1 minute' };

export async function authRoutes(app: AppInstance): Promise<void> {
  const ctx = app.ctx;
  const tags = ['auth'];

  app.post(
    '/api/v1/auth/login',
    {
      config: { public: true, rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Sign in; sets the rapport_session cookie',
        body: LoginBody,
        response: { 200: SignedIn },
      },
    },
    async (req, reply) => {
      const result = await login(ctx, req.body, requestMeta(req));
      setSessionCookie(reply, ctx, result.token);
      return { user: result.user, csrfToken: result.csrfToken };
    },
  );

  app.post(
    '/api/v1/auth/logout',
    { config: { permission: 'profile:update' }, schema: { tags, summary: 'Sign out (ends the session)' } },
    async (req, reply) => {
      const p = principalOf(req);
      await logout(ctx, actorOf(p), p.id, p.sessionId!);
      clearSessionCookie(reply, ctx);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/v1/auth/session',
    {
      config: { permission: 'profile:read' },
      schema: {
        tags,
        summary: 'The signed-in user, CSRF token and permissions',
        response: { 200: SessionInfo },
      },
    },
    async (req) => {
      const p = principalOf(req);
      const user = await loadUserDto(ctx.db, p.id);
      if (!user) throw new AppError('unauthenticated', 'Sign in first');
      return { user, csrfToken: csrfTokenFor(ctx.secret, p.sessionId!), permissions: p.permissions };
    },
  );

  app.post(
    '/api/v1/auth/password',
    {
      config: { permission: 'profile:update' },
      schema: { tags, summary: 'Change own password; other sessions end', body: ChangePasswordBody },
    },
    async (req, reply) => {
      const p = principalOf(req);
      await changePassword(ctx, actorOf(p), p.id, p.sessionId, req.body);
      return reply.status(204).send();
    },
  );

  app.patch(
    '/api/v1/me',
    {
      config: { permission: 'profile:update' },
      schema: {
        tags,
        summary: 'Update own name, locale, theme or time zone',
        body: PatchMeBody,
        response: { 200: UserSchema },
      },
    },
    async (req) => {
      const p = principalOf(req);
      return updateUser(ctx, actorOf(p), p.id, req.body);
    },
  );
}
