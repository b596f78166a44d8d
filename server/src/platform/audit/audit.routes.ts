import { z } from 'zod';
import type { AppInstance } from '../../app.js';
import { listAudit } from './list-audit.js';

const AuditQuery = z.object({
  entityType: z.string().max(100).optional(),
  entityId: z.string().max(200).optional(),
  actorId: z.string().max(200).optional(),
  action: z.string().max(100).optional(),
  from: z.coerce.number().int().optional(),
  to: z.coerce.number().int().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  cursor: z.string().optional(),
});

const AuditEntrySchema = z.object({
  id: z.string(),
  at: z.number(),
  actorType: z.string(),
  actorId: z.string().nullable(),
  entityType: z.string(),
  entityId: z.string(),
  action: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});

export async function auditRoutes(app: AppInstance): Promise<void> {
  app.get(
    '/api/v1/audit',
    {
      config: { permission: 'audit:read' },
      schema: {
        tags: ['audit'],
        summary: 'Who changed what: the audit log, newest first',
        querystring: AuditQuery,
        response: { 200: z.object({ data: z.array(AuditEntrySchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (req) => listAudit(app.ctx.db, req.query),
  );
}
