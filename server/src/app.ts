import fs from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RawServerDefault } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from './context.js';
import { analyticsRoutes } from './modules/analytics/analytics.routes.js';
import { attachmentsRoutes } from './modules/attachments/attachments.routes.js';
import { photosRoutes } from './modules/attachments/photos.routes.js';
import { automationRoutes } from './modules/automation/automation.routes.js';
import { companiesRoutes } from './modules/companies/companies.routes.js';
import { companyLinksRoutes } from './modules/companies/company-links.routes.js';
import { dashboardRoutes } from './modules/dashboard/dashboard.routes.js';
import { fieldsRoutes } from './modules/fields/fields.routes.js';
import { formsRoutes } from './modules/forms/forms.routes.js';
import { publicFormsRoutes } from './modules/forms/public-forms.routes.js';
import { importRoutes } from './modules/imports/import.routes.js';
import { leadsRoutes } from './modules/leads/leads.routes.js';
import { scoringRulesRoutes } from './modules/leads/scoring-rules.routes.js';
import { ordersRoutes } from './modules/orders/orders.routes.js';
import { consentsRoutes } from './modules/people/consents.routes.js';
import { contactSourcesRoutes } from './modules/people/contact-sources.routes.js';
import { duplicatesRoutes } from './modules/people/duplicates/duplicates.routes.js';
import { peopleRoutes } from './modules/people/people.routes.js';
import { registerPhoneRegionHook } from './modules/people/phone-region.hook.js';
import { suppressionsRoutes } from './modules/people/suppressions.routes.js';
import { priceListsRoutes } from './modules/pricing/price-lists.routes.js';
import { productsRoutes } from './modules/products/products.routes.js';
import { quotesRoutes } from './modules/quotes/quotes.routes.js';
import { dealLinesRoutes } from './modules/sales/deal-lines.routes.js';
import { dealReportsRoutes } from './modules/sales/deal-reports.routes.js';
import { dealsRoutes } from './modules/sales/deals.routes.js';
import { pipelinesRoutes } from './modules/sales/pipelines.routes.js';
import { companyDetailsRoutes } from './modules/settings/company-details.routes.js';
import { companyLogoRoutes } from './modules/settings/company-logo.routes.js';
import { orgSettingsRoutes } from './modules/settings/org-settings.routes.js';
import { activitiesRoutes } from './modules/tasks/activities.routes.js';
import { escalationRulesRoutes } from './modules/tasks/escalation-rules.routes.js';
import { icalRoutes } from './modules/tasks/ical.routes.js';
import { tasksRoutes } from './modules/tasks/tasks.routes.js';
import { timelineRoutes } from './modules/timeline/timeline.routes.js';
import { viewsRoutes } from './modules/views/views.routes.js';
import { auditRoutes } from './platform/audit/audit.routes.js';
import { apiKeysRoutes } from './platform/auth/api-keys.routes.js';
import { registerAuthHook } from './platform/auth/auth.hook.js';
import { authRoutes } from './platform/auth/auth.routes.js';
import { setupRoutes } from './platform/auth/setup.routes.js';
import { healthRoutes } from './platform/http/health.routes.js';
import { acceptEmptyJsonBodies } from './platform/http/json-body.js';
import { registerProblemHandlers } from './platform/http/problem.js';
import { jobsRoutes } from './platform/jobs/jobs.routes.js';
import { outboxRoutes } from './platform/mail/outbox.routes.js';
import { notificationsRoutes } from './platform/notifications/notifications.routes.js';
import './platform/http/route-config.js';
import { collectRouteAccess } from './platform/http/route-registry.js';
import { teamsRoutes } from './platform/users/teams.routes.js';
import { usersRoutes } from './platform/users/users.routes.js';

export type AppInstance = FastifyInstance<
  RawServerDefault,
  IncomingMessage,
  ServerResponse,
  FastifyBaseLogger,
  ZodTypeProvider
>;

declare module 'fastify' {
  interface FastifyInstance {
    ctx: AppContext;
  }
}

export interface BuildOptions {
  /** Pino logger options; `false` in tests. */
  logger?: boolean | { level: string };
  /** Where the built web app lives; served at `/` when present. */
  webDist?: string;
}

const BODY_LIMIT = 1024 * 1024;

/** Builds the HTTP app from the platform and the modules. Does not listen. */
export async function buildApp(ctx: AppContext, opts: BuildOptions = {}): Promise<AppInstance> {
  const app = Fastify({
    logger: opts.logger ?? { level: ctx.config.logLevel },
    bodyLimit: BODY_LIMIT,
    trustProxy: ctx.config.trustProxy,
    ajv: { customOptions: { removeAdditional: false } },
  }).withTypeProvider<ZodTypeProvider>();
  app.decorate('ctx', ctx);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  acceptEmptyJsonBodies(app);
  requireRouteAccessDeclarations(app);
  collectRouteAccess(app);
  await app.register(cookie);
  // Only routes that opt in (config.rateLimit) are limited: login and setup.
  await app.register(rateLimit, { global: false });
  registerAuthHook(app);
  registerPhoneRegionHook(app);

  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Rapport API',
        version: '1',
        description: 'REST API of the Rapport CRM. JSON, camelCase.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'rapport_session' },
          apiKey: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', uiConfig: { docExpansion: 'list' } });
  app.get('/api/openapi.json', { config: { public: true }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  await app.register(healthRoutes);
  await app.register(setupRoutes);
  await app.register(authRoutes);
  await app.register(usersRoutes);
  await app.register(teamsRoutes);
  await app.register(apiKeysRoutes);
  await app.register(auditRoutes);
  await app.register(orgSettingsRoutes);
  // Modules register their routes here, each under /api/v1.
  await app.register(jobsRoutes);
  await app.register(peopleRoutes);
  await app.register(duplicatesRoutes);
  await app.register(contactSourcesRoutes);
  await app.register(fieldsRoutes);
  await app.register(companiesRoutes);
  await app.register(companyLinksRoutes);
  await app.register(importRoutes);
  await app.register(timelineRoutes);
  await app.register(consentsRoutes);
  await app.register(suppressionsRoutes);
  await app.register(outboxRoutes);
  await app.register(notificationsRoutes);
  await app.register(tasksRoutes);
  await app.register(activitiesRoutes);
  await app.register(escalationRulesRoutes);
  await app.register(automationRoutes);
  await app.register(analyticsRoutes);
  await app.register(dashboardRoutes);
  await app.register(icalRoutes);
  await app.register(viewsRoutes);
  await app.register(attachmentsRoutes);
  await app.register(photosRoutes);
  await app.register(pipelinesRoutes);
  await app.register(dealReportsRoutes);
  await app.register(dealsRoutes);
  await app.register(leadsRoutes);
  await app.register(scoringRulesRoutes);
  await app.register(formsRoutes);
  await app.register(publicFormsRoutes);
  await app.register(productsRoutes);
  await app.register(ordersRoutes);
  await app.register(priceListsRoutes);
  await app.register(dealLinesRoutes);
  await app.register(quotesRoutes);
  await app.register(companyDetailsRoutes);
  await app.register(companyLogoRoutes);

  serveWebApp(app, opts.webDist ?? defaultWebDist());
  return app;
}

/** Fails at start (not at request time) when an /api route forgets to say who may call it. */
function requireRouteAccessDeclarations(app: AppInstance): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const cfg = route.config as { public?: boolean; permission?: string } | undefined;
    if (!cfg?.public && !cfg?.permission) {
      throw new Error(
        `Route ${route.method} ${route.url} declares neither config.public nor config.permission`,
      );
    }
  });
}

function defaultWebDist(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  return path.resolve(here, '../../web/dist');
}

/**
 * Serves the single-page app; unknown non-API GETs get index.html so client routes deep-link.
 * After an upgrade, a page still open holds the old index.html: it must fetch the new one on reload
 * (no-cache) and its missing old chunks must fail as 404, not come back as HTML (the web reloads
 * itself on a failed chunk, see web/src/main.tsx). Hashed assets never change: cached for a year.
 */
function serveWebApp(app: AppInstance, dist: string): void {
  if (!fs.existsSync(path.join(dist, 'index.html'))) return;
  app.register(fastifyStatic, {
    root: dist,
    wildcard: false,
    index: ['index.html'],
    cacheControl: false, // ours, below
    setHeaders: (res, file) =>
      res.setHeader(
        'cache-control',
        file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      ),
  });
  app.get('/*', { config: { public: true }, schema: { hide: true } }, (req, reply) => {
    const route = req.url.split('?')[0]!;
    if (route.startsWith('/api/') || route.startsWith('/assets/')) return reply.callNotFound();
    return reply
      .type('text/html')
      .header('cache-control', 'no-cache')
      .sendFile('index.html', { cacheControl: false });
  });
}
