import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { acceptRawBodies, rawBody } from '../attachments/raw-body.js';
import { getCompanyDetails } from './company-details.repository.js';
import { readCompanyLogo, setCompanyLogo } from './company-logo.js';

const tags = ['settings'];

/** The company logo printed on quotes: a raw PNG/JPEG body (max 1 MB), in its own plugin scope. */
export async function companyLogoRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  acceptRawBodies(app);
  app.put(
    '/api/v1/settings/company/logo',
    {
      config: { permission: 'settings:update' },
      schema: { tags, summary: 'Set the company logo (raw PNG or JPEG body, max 1 MB)' },
    },
    async (req) => setCompanyLogo(ctx, actorOf(principalOf(req)), rawBody(req.body)),
  );
  app.delete(
    '/api/v1/settings/company/logo',
    { config: { permission: 'settings:update' }, schema: { tags, summary: 'Remove the company logo' } },
    async (req) => setCompanyLogo(ctx, actorOf(principalOf(req)), null),
  );
  app.get(
    '/api/v1/settings/company/logo',
    { config: { permission: 'settings:read' }, schema: { tags, summary: 'The company logo (inline image)' } },
    async (_req, reply) => {
      const details = await getCompanyDetails(ctx.db);
      const bytes = await readCompanyLogo(ctx, details);
      if (!bytes || !details.logo) throw notFound('Logo of', 'company');
      return reply
        .header('content-type', details.logo.contentType)
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-cache')
        .send(bytes);
    },
  );
}
