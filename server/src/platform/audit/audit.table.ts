import type { Selectable } from 'kysely';

export interface AuditLogTable {
  id: string;
  at: number;
  actorType: string;
  actorId: string | null;
  entityType: string;
  entityId: string;
  action: string;
  before: unknown;
  after: unknown;
  /** `{field: [old, new]}` for the fields that differ. */
  changes: unknown;
}

export type AuditRow = Selectable<AuditLogTable>;
