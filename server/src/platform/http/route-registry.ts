import type { FastifyInstance } from 'fastify';
import type { Permission } from './permission.js';

export interface RouteAccess {
  public: boolean;
  permission: Permission | null;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** `"<METHOD> <url>"` (Fastify syntax, `:id`) → who may call it; filled as routes register. */
    routeAccess: Map<string, RouteAccess>;
  }
}

/**
 * Records every route's access declaration, so tests (the security walk over /api/openapi.json) and
 * tools can ask "is this operation public, and what does it need?" without repeating the routes.
 */
export function collectRouteAccess(app: FastifyInstance): void {
  const registry = new Map<string, RouteAccess>();
  app.decorate('routeAccess', registry);
  app.addHook('onRoute', (route) => {
    const cfg = route.config as { public?: boolean; permission?: Permission } | undefined;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      registry.set(`${method.toUpperCase()} ${route.url}`, {
        public: cfg?.public === true,
        permission: cfg?.permission ?? null,
      });
    }
  });
}

/** `/api/v1/users/{id}` (OpenAPI) → `/api/v1/users/:id` (Fastify). */
export const fastifyPath = (openApiPath: string) => openApiPath.replace(/\{([^}]+)\}/g, ':$1');
