import type { FastifyRequest } from 'fastify';
import type { AppInstance } from '../../app.js';
import { AppError } from '../errors.js';
import { principalFromApiKey, principalFromSession, SESSION_COOKIE } from './authenticate.js';
import { actorOf, hasPermission } from './principal.js';
import { csrfTokenFor, safeEqual } from './tokens.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Routes the hook guards: matched routes under /api/, except the API docs. */
function guarded(req: FastifyRequest): boolean {
  const url = req.routeOptions.url;
  if (!url || !url.startsWith('/api/') || url.startsWith('/api/docs')) return false;
  return !req.routeOptions.config?.public;
}

/**
 * The global gate: authenticate (bearer API key or session cookie) → 401, CSRF for cookie-based
 * unsafe methods → 403, the route's `config.permission` → 403. Runs on onRequest, before the body
 * is parsed, so anonymous callers learn nothing about validation.
 */
export function registerAuthHook(app: AppInstance): void {
  app.addHook('onRequest', async (req) => {
    if (!guarded(req)) return;
    const ctx = app.ctx;
    const auth = req.headers.authorization;
    let principal: Awaited<ReturnType<typeof principalFromSession>>;
    if (auth !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(auth);
      if (!match) throw new AppError('unauthenticated', 'Use Authorization: Bearer <api key>');
      principal = await principalFromApiKey(ctx, match[1]!);
    } else {
      const token = req.cookies?.[SESSION_COOKIE];
      if (!token) throw new AppError('unauthenticated', 'Sign in first');
      principal = await principalFromSession(ctx, token);
      if (UNSAFE.has(req.method)) {
        const sent = req.headers['x-csrf-token'];
        const expected = csrfTokenFor(ctx.secret, principal.sessionId!);
        if (typeof sent !== 'string' || !safeEqual(sent, expected)) {
          throw new AppError('csrf_failed', 'Missing or wrong x-csrf-token header');
        }
      }
    }
    const needed = req.routeOptions.config?.permission;
    if (!needed || !hasPermission(principal, needed)) {
      throw new AppError('forbidden', needed ? `Requires permission ${needed}` : 'Forbidden');
    }
    req.principal = principal;
    req.actor = actorOf(principal);
  });
}

/** The principal of a guarded route (the hook guarantees it). */
export function principalOf(req: FastifyRequest) {
  if (!req.principal) throw new AppError('unauthenticated', 'Sign in first');
  return req.principal;
}
