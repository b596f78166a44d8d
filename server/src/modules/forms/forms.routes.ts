import type { AppInstance } from '../../app.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf } from '../../platform/auth/principal.js';
import { notFound } from '../../platform/errors.js';
import { idParams } from '../people/people.schemas.js';
import { findForm, listForms } from './forms.repository.js';
import { formBody } from './forms.schemas.js';
import { languageOf, renderFormElement } from './render-form.js';
import { deleteForm, saveFormInput } from './save-form.js';

const tags = ['forms'];

/** Web-to-lead form settings and the embed snippet (the public side is in public-forms.routes.ts). */
export async function formsRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  app.get(
    '/api/v1/forms',
    { config: { permission: 'leads:read' }, schema: { tags, summary: 'List web-to-lead forms' } },
    async () => ({ data: await listForms(ctx.db) }),
  );
  app.post(
    '/api/v1/forms',
    { config: { permission: 'leads:manage' }, schema: { tags, summary: 'Create a form', body: formBody } },
    async (req, reply) =>
      reply.status(201).send(await saveFormInput(ctx, actorOf(principalOf(req)), null, req.body)),
  );
  app.get(
    '/api/v1/forms/:id',
    { config: { permission: 'leads:read' }, schema: { tags, summary: 'Get a form', params: idParams } },
    async (req) => {
      const form = await findForm(ctx.db, req.params.id);
      if (!form) throw notFound('Form', req.params.id);
      return form;
    },
  );
  app.put(
    '/api/v1/forms/:id',
    {
      config: { permission: 'leads:manage' },
      schema: { tags, summary: 'Replace a form', params: idParams, body: formBody },
    },
    async (req) => saveFormInput(ctx, actorOf(principalOf(req)), req.params.id, req.body),
  );
  app.delete(
    '/api/v1/forms/:id',
    { config: { permission: 'leads:manage' }, schema: { tags, summary: 'Delete a form', params: idParams } },
    async (req, reply) => {
      await deleteForm(ctx, actorOf(principalOf(req)), req.params.id);
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/v1/forms/:id/embed',
    {
      config: { permission: 'leads:read' },
      schema: { tags, summary: 'HTML snippet to embed the form (?lang=en|ru|lv)', params: idParams },
    },
    async (req) => {
      const form = await findForm(ctx.db, req.params.id);
      if (!form) throw notFound('Form', req.params.id);
      const lang = languageOf((req.query as { lang?: string }).lang, form);
      const base = ctx.config.publicUrl;
      return {
        html: renderFormElement(form, lang, `${base}/api/v1/forms/${form.id}/submit`),
        hostedUrl: `${base}/f/${form.id}`,
      };
    },
  );
}
