import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { idParams } from '../people/people.schemas.js';
import { requireDeal } from '../sales/deals.repository.js';
import { createQuote } from './create-quote.js';
import { listQuotes } from './quotes.repository.js';
import { createQuoteBody } from './quotes.schemas.js';

const tags = ['sales'];

/** Quotes (commercial proposals) of a deal: numbered PDFs stored as the deal's files. */
export async function quotesRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  app.post(
    '/api/v1/deals/:id/quotes',
    {
      config: { permission: 'deals:update' },
      schema: {
        tags,
        summary: "Generate a numbered quote PDF (Q-<year>-<seq>) from the deal's line items",
        params: idParams,
        body: createQuoteBody,
      },
    },
    async (req, reply) => {
      const p = principalOf(req);
      return reply.status(201).send(await createQuote(ctx, p, actorOf(p), req.params.id, req.body));
    },
  );
  app.get(
    '/api/v1/deals/:id/quotes',
    {
      config: { permission: 'deals:read' },
      schema: { tags, summary: "A deal's quotes, newest first", params: idParams },
    },
    async (req) => {
      const deal = await requireDeal(ctx.db, principalOf(req), req.params.id);
      return { data: await listQuotes(ctx.db, deal.id) };
    },
  );
}
