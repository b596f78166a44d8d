import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { consentBody, consentParams } from './consents.schemas.js';
import { isPersonVisible } from './people.repository.js';
import { idParams } from './people.schemas.js';
import { setConsent, toConsent } from './set-consent.js';

const tags = ['people'];

/** Consent per person and purpose; history is the `consent.changed` events on the timeline. */
export async function consentsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;

  app.get(
    '/api/v1/people/:id/consents',
    {
      config: { permission: 'people:read' },
      schema: { tags, summary: "A person's current consents", params: idParams },
    },
    async (req) => {
      if (!(await isPersonVisible(ctx.db, principalOf(req), req.params.id)))
        throw notFound('Person', req.params.id);
      const rows = await ctx.db
        .selectFrom('personConsents')
        .selectAll()
        .where('personId', '=', req.params.id)
        .orderBy('purpose')
        .execute();
      return { data: rows.map(toConsent) };
    },
  );

  app.put(
    '/api/v1/people/:id/consents/:purpose',
    {
      config: { permission: 'people:update' },
      schema: {
        tags,
        summary: 'Grant, withdraw or mark pending a consent',
        params: consentParams,
        body: consentBody,
      },
    },
    async (req) => {
      const principal = principalOf(req);
      return setConsent(ctx, principal, actorOf(principal), req.params.id, req.params.purpose, req.body);
    },
  );
}
