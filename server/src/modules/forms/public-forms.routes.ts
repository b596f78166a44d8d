import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { notFound } from '../../platform/errors.js';
import { findForm } from './forms.repository.js';
import { readSubmission } from './read-submission.js';
import { languageOf, renderFormElement, renderPage, thanksText } from './render-form.js';
import { submitForm } from './submit-form.js';

const tags = ['forms'];
/** Per IP, in-process (like login). */
export const SUBMIT_RATE_LIMIT = { max: 20, timeWindow: '1 minute' };
const URLENCODED = 'application/x-www-form-urlencoded';

/**
 * The public side of web-to-lead forms: the hosted page `/f/:id` and `POST /api/v1/forms/:id/submit`
 * (JSON answers 201; an HTML form post answers 303 to the redirect URL or a thank-you page).
 */
export async function publicFormsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  // No @fastify/formbody: HTML forms post urlencoded, which URLSearchParams reads. Scoped to this plugin.
  app.addContentTypeParser(URLENCODED, { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  app.get(
    '/f/:id',
    { config: { public: true }, schema: { hide: true, params: z.object({ id: z.string() }) } },
    async (req, reply) => {
      const form = await findForm(ctx.db, req.params.id);
      if (!form?.active) throw notFound('Form', req.params.id);
      const lang = languageOf((req.query as { lang?: string }).lang, form);
      const action = `/api/v1/forms/${form.id}/submit?lang=${lang}`;
      return reply
        .type('text/html; charset=utf-8')
        .send(renderPage(form.name, lang, renderFormElement(form, lang, action)));
    },
  );

  app.post(
    '/api/v1/forms/:id/submit',
    {
      config: { public: true, rateLimit: SUBMIT_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Submit a web-to-lead form (public; JSON or urlencoded; honeypot `website`)',
        params: z.object({ id: z.string() }),
        body: z.record(z.string(), z.unknown()),
      },
    },
    async (req, reply) => {
      const form = await findForm(ctx.db, req.params.id);
      if (!form?.active) throw notFound('Form', req.params.id);
      const body = req.body as Record<string, unknown>;
      const html = (req.headers['content-type'] ?? '').startsWith(URLENCODED);
      const lang = languageOf((req.query as { lang?: string }).lang, form);
      // Bots fill the hidden field: answer as if accepted, store nothing.
      const trapped = typeof body.website === 'string' && body.website.trim() !== '';
      if (!trapped) await submitForm(ctx, form, readSubmission(form, body), { ip: req.ip });
      if (html && form.redirectUrl) return reply.redirect(form.redirectUrl, 303);
      if (html)
        return reply
          .status(201)
          .type('text/html; charset=utf-8')
          .send(renderPage(form.name, lang, thanksText(lang)));
      return reply.status(201).send({ ok: true });
    },
  );
}
