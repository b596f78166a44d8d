import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { fromJson } from '../../db/json.js';
import { principalOf } from '../../platform/auth/auth.hook.js';
import { actorOf, hasPermission } from '../../platform/auth/principal.js';
import { AppError } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { listFields } from '../fields/fields.repository.js';
import { createImport } from './create-import.js';
import { reportColumns, reportLocale, reportReason, toImportErrorView } from './error-report.js';
import { checkMapping, IMPORT_FIELDS, mapHeaders, parseMapping } from './header-mapping.js';
import {
  cancelImport,
  findImport,
  importErrors,
  listImports,
  requireVisibleImport,
  toImportView,
} from './imports.repository.js';
import {
  createImportQuery,
  errorReportQuery,
  ImportErrorView,
  ImportView,
  importIdParams,
  listImportErrorsQuery,
  listImportsQuery,
  MappingSuggestion,
  suggestMappingBody,
} from './imports.schemas.js';
import { MAX_IMPORT_BYTES, saveUpload } from './save-upload.js';

const tags = ['imports'];

/** CSV imports: upload (streamed to disk), status with progress and counts, the error report. */
export async function importRoutes(app: AppInstance): Promise<void> {
  const { ctx } = app;
  // Hand the raw body stream to the route (this plugin only): the file goes to disk, not to memory.
  for (const type of ['text/csv', 'application/octet-stream', 'text/plain']) {
    app.addContentTypeParser(type, (_req, payload, done) => done(null, payload));
  }

  app.post(
    '/api/v1/imports',
    {
      bodyLimit: MAX_IMPORT_BYTES,
      config: { permission: 'imports:create' },
      schema: {
        tags,
        summary: 'Upload a CSV (body: text/csv) and start importing it in the background',
        querystring: createImportQuery,
        response: { 202: ImportView },
      },
    },
    async (req, reply) => {
      const length = Number(req.headers['content-length'] ?? 0);
      if (length > MAX_IMPORT_BYTES)
        throw new AppError('payload_too_large', `The file is larger than ${MAX_IMPORT_BYTES} bytes`);
      if (!req.body || typeof (req.body as Readable).pipe !== 'function') {
        throw new AppError(
          'unsupported_media_type',
          'Send the CSV as the request body with Content-Type: text/csv',
        );
      }
      const principal = principalOf(req);
      // An import creates records: it needs that right too, not only imports:create.
      const needed = `${req.query.entity}:create` as const;
      if (!hasPermission(principal, needed))
        throw new AppError('forbidden', `Importing ${req.query.entity} needs ${needed}`);
      const mapping = parseMapping(req.query.mapping);
      await checkMapping(ctx.db, req.query.entity, mapping);
      const id = newId('imp');
      const { file } = await saveUpload(req.body as Readable, ctx.config.dataDir, id);
      await createImport(ctx, {
        id,
        entity: req.query.entity,
        filePath: file,
        fileName: req.query.fileName ?? null,
        mapping: Object.keys(mapping).length ? mapping : undefined,
        ownerId: principal.userId,
        actor: actorOf(principal),
      });
      return reply.status(202).send(toImportView((await findImport(ctx.db, id))!));
    },
  );

  app.post(
    '/api/v1/imports/mapping',
    {
      config: { permission: 'imports:create' },
      schema: {
        tags,
        summary: "Where an import would put each column of a file's header (what the wizard suggests)",
        body: suggestMappingBody,
        response: { 200: MappingSuggestion },
      },
    },
    async (req) => {
      const { entity, header } = req.body;
      const defs =
        entity === 'orders' ? [] : await listFields(ctx.db, entity === 'people' ? 'person' : 'company');
      return { targets: mapHeaders(entity, header, defs), fields: [...IMPORT_FIELDS[entity]] };
    },
  );

  app.get(
    '/api/v1/imports',
    {
      config: { permission: 'imports:read' },
      schema: {
        tags,
        summary: 'The import history, newest first (imports the caller may see)',
        querystring: listImportsQuery,
        response: { 200: z.object({ data: z.array(ImportView), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => {
      const { data, nextCursor } = await listImports(ctx.db, principalOf(req), req.query);
      return { data: data.map(toImportView), nextCursor };
    },
  );

  app.get(
    '/api/v1/imports/:id',
    {
      config: { permission: 'imports:read' },
      schema: {
        tags,
        summary: 'Status, progress and counts of an import',
        params: importIdParams,
        response: { 200: ImportView },
      },
    },
    async (req) => {
      const imp = await requireVisibleImport(ctx.db, principalOf(req), req.params.id);
      return toImportView(imp);
    },
  );

  app.post(
    '/api/v1/imports/:id/cancel',
    {
      config: { permission: 'imports:create' },
      schema: {
        tags,
        summary: 'Stop a queued or running import at its next batch (committed rows stay)',
        params: importIdParams,
        response: { 200: ImportView },
      },
    },
    async (req) => {
      const imp = await requireVisibleImport(ctx.db, principalOf(req), req.params.id);
      if (!(await cancelImport(ctx.db, imp.id, ctx.clock.now())))
        throw new AppError(
          'conflict',
          `The import has already ${imp.status === 'cancelled' ? 'been cancelled' : 'finished'}`,
        );
      return toImportView((await findImport(ctx.db, imp.id))!);
    },
  );

  app.get(
    '/api/v1/imports/:id/errors',
    {
      config: { permission: 'imports:read' },
      schema: {
        tags,
        summary:
          'The first rejected cells in line order, with the kind of each problem (the wizard shows them)',
        params: importIdParams,
        querystring: listImportErrorsQuery,
        response: { 200: z.object({ data: z.array(ImportErrorView) }) },
      },
    },
    async (req) => {
      const imp = await requireVisibleImport(ctx.db, principalOf(req), req.params.id);
      const header = imp.header == null ? [] : fromJson<string[]>(imp.header);
      const data = [];
      for await (const e of importErrors(ctx.db, imp.id, req.query.limit)) {
        data.push(toImportErrorView(e, header));
        if (data.length === req.query.limit) break;
      }
      return { data };
    },
  );

  app.get(
    '/api/v1/imports/:id/errors.csv',
    {
      config: { permission: 'imports:read' },
      schema: {
        tags,
        summary:
          "The rejected rows: line, column, reason and the original cells; in the user's language (`?lang=en|ru|lv` overrides)",
        params: importIdParams,
        querystring: errorReportQuery,
      },
    },
    async (req, reply) => {
      const principal = principalOf(req);
      const imp = await requireVisibleImport(ctx.db, principal, req.params.id);
      const locale = await reportLocale(ctx.db, principal, req.query.lang);
      const header = imp.header == null ? [] : fromJson<string[]>(imp.header);
      async function* rows() {
        for await (const e of importErrors(ctx.db, imp.id)) {
          yield [
            String(e.line),
            e.columnName ?? '',
            reportReason(e, locale),
            ...fromJson<string[]>(e.record),
          ];
        }
      }
      const csv = stringify({ header: true, columns: [...reportColumns(locale), ...header] });
      Readable.from(rows()).pipe(csv);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="import-${imp.id}-errors.csv"`)
        .send(csv);
    },
  );
}
