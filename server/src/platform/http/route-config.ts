import type { Permission } from './permission.js';

/**
 * Every route under /api declares who may call it: `public: true` for the few open routes, otherwise
 * the permission it needs. `app.ts` refuses to start when an /api route declares neither.
 */
declare module 'fastify' {
  interface FastifyContextConfig {
    public?: boolean;
    permission?: Permission;
  }
}
