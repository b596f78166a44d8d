import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { getCompanyDetails, saveCompanyDetails } from './company-details.repository.js';
import { companyDetailsBody } from './company-details.schemas.js';

const tags = ['settings'];

/** The organisation's company details, printed on quotes: everyone reads, admins edit. */
export async function companyDetailsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  app.get(
    '/api/v1/settings/company',
    { config: { permission: 'settings:read' }, schema: { tags, summary: 'Company details for documents' } },
    async () => getCompanyDetails(ctx.db),
  );
  app.put(
    '/api/v1/settings/company',
    {
      config: { permission: 'settings:update' },
      schema: { tags, summary: 'Replace the company details', body: companyDetailsBody },
    },
    async (req) => saveCompanyDetails(ctx, actorOf(principalOf(req)), req.body),
  );
}
