import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { notFound } from '../../platform/errors.js';
import { findForm } from './forms.repository.js';
import type { Form, Language } from './forms.schemas.js';
import { checkSubmission, readSubmission } from './read-submission.js';
import {
  type FormState,
  languageOf,
  notAvailablePage,
  renderFormElement,
  renderPage,
  thanksText,
  visitorLanguage,
} from './render-form.js';
import { submitForm } from './submit-form.js';

const tags = ['forms'];
/** Per IP, in-process (like login). */
export const SUBMIT_RATE_LIMIT = { max: 20, timeWindow: '1 minute' };
const URLENCODED = 'application/x-www-form-urlencoded';
const HTML = 'text/html; charset=utf-8';
const params = z.object({ id: z.string() });

/** Where the hosted page posts: itself, so the visitor never sees an API address. */
const hostedUrl = (form: Form, lang: Language) => `/f/${encodeURIComponent(form.id)}?lang=${lang}`;

/**
 * The public side of web-to-lead forms: the hosted page `/f/:id` (posts to itself: refused input shows
 * the form again with the visitor's values and messages in their language; a good one redirects to
 * the form's redirect URL or to `/f/:id/thanks`) and `POST /api/v1/forms/:id/submit` for embeds (JSON
 * answers 201 or a problem; an HTML form post answers 303 to the redirect URL or a thank-you page,
 * and refused input gets the hosted form again).
 */
export async function publicFormsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  // No @fastify/formbody: HTML forms post urlencoded, which URLSearchParams reads. Scoped to this plugin.
  app.addContentTypeParser(URLENCODED, { parseAs: 'string', bodyLimit: 64 * 1024 }, (_req, body, done) => {
    done(null, Object.fromEntries(new URLSearchParams(body as string)));
  });

  const queryLang = (req: FastifyRequest) => (req.query as { lang?: string }).lang;
  /** The active form, or null after answering the visitor a small 404 page in their language. */
  async function activeFormOrPage(req: FastifyRequest, reply: FastifyReply) {
    const form = await findForm(ctx.db, (req.params as { id: string }).id);
    if (form?.active) return form;
    const lang = visitorLanguage(queryLang(req), req.headers['accept-language']);
    await reply.status(404).type(HTML).send(notAvailablePage(lang));
    return null;
  }
  const formPage = (reply: FastifyReply, form: Form, lang: Language, state?: FormState) =>
    reply
      .status(state ? 400 : 200)
      .type(HTML)
      .send(renderPage(form.name, lang, renderFormElement(form, lang, hostedUrl(form, lang), state)));
  /** Bots fill the hidden field: answer as if accepted, store nothing. */
  const isTrapped = (body: Record<string, unknown>) =>
    typeof body.website === 'string' && body.website.trim() !== '';

  app.get('/f/:id', { config: { public: true }, schema: { hide: true, params } }, async (req, reply) => {
    const form = await activeFormOrPage(req, reply);
    if (form) return formPage(reply, form, languageOf(queryLang(req), form));
  });

  app.post(
    '/f/:id',
    {
      config: { public: true, rateLimit: SUBMIT_RATE_LIMIT },
      schema: { hide: true, params, body: z.record(z.string(), z.unknown()) },
    },
    async (req, reply) => {
      const form = await activeFormOrPage(req, reply);
      if (!form) return;
      const lang = languageOf(queryLang(req), form);
      const body = req.body as Record<string, unknown>;
      if (!isTrapped(body)) {
        const { submission, problems } = checkSubmission(form, body);
        if (problems.length) return formPage(reply, form, lang, { values: body, problems });
        await submitForm(ctx, form, submission, { ip: req.ip });
      }
      return reply.redirect(form.redirectUrl ?? `/f/${encodeURIComponent(form.id)}/thanks?lang=${lang}`, 303);
    },
  );

  app.get(
    '/f/:id/thanks',
    { config: { public: true }, schema: { hide: true, params } },
    async (req, reply) => {
      const form = await activeFormOrPage(req, reply);
      if (!form) return;
      const lang = languageOf(queryLang(req), form);
      return reply.type(HTML).send(renderPage(form.name, lang, thanksText(lang)));
    },
  );

  app.post(
    '/api/v1/forms/:id/submit',
    {
      config: { public: true, rateLimit: SUBMIT_RATE_LIMIT },
      schema: {
        tags,
        summary: 'Submit a web-to-lead form (public; JSON or urlencoded; honeypot `website`)',
        params,
        body: z.record(z.string(), z.unknown()),
      },
    },
    async (req, reply) => {
      const form = await findForm(ctx.db, req.params.id);
      if (!form?.active) throw notFound('Form', req.params.id);
      const body = req.body as Record<string, unknown>;
      const html = (req.headers['content-type'] ?? '').startsWith(URLENCODED);
      const lang = languageOf(queryLang(req), form);
      if (!isTrapped(body)) {
        if (html) {
          // A browser posting an embedded form: refused input gets the form again, not JSON.
          const { submission, problems } = checkSubmission(form, body);
          if (problems.length) return formPage(reply, form, lang, { values: body, problems });
          await submitForm(ctx, form, submission, { ip: req.ip });
        } else await submitForm(ctx, form, readSubmission(form, body), { ip: req.ip });
      }
      if (html && form.redirectUrl) return reply.redirect(form.redirectUrl, 303);
      if (html)
        return reply
          .status(201)
          .type(HTML)
          .send(renderPage(form.name, lang, thanksText(lang)));
      return reply.status(201).send({ ok: true });
    },
  );
}
