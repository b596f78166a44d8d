import type { AppInstance } from '../../app.js';
import { SetupBody, SetupStatus, SignedIn } from './auth.schemas.js';
import { requestMeta, setSessionCookie } from './session-cookie.js';
import { needsSetup, runSetup } from './setup.js';

/** First run: create the first admin from the browser, then never again. */
export async function setupRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/setup',
    {
      config: { public: true },
      schema: {
        tags: ['auth'],
        summary: 'Whether the first admin still has to be created',
        response: { 200: SetupStatus },
      },
    },
    async () => ({ needsSetup: await needsSetup(app.ctx) }),
  );

  app.post(
    '/api/v1/setup',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Create the first admin and sign in (409 once any user exists)',
        body: SetupBody,
        response: { 201: SignedIn },
      },
    },
    async (req, reply) => {
      const result = await runSetup(app.ctx, req.body, requestMeta(req));
      setSessionCookie(reply, app.ctx, result.token);
      return reply.status(201).send({ user: result.user, csrfToken: result.csrfToken });
    },
  );
}
