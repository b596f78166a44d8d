import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { toJson } from '../../db/json.js';
import type { Actor } from '../actor.js';
import { newId } from '../ids.js';

export interface AuditEntry {
  entityType: string;
  entityId: string;
  action: 'create' | 'update' | 'delete' | (string & {});
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** Field names whose values never reach the audit log, whatever the caller passes. */
const SECRET_FIELDS = new Set(['password', 'passwordHash', 'tokenHash', 'keyHash', 'key', 'secret', 'token']);

function scrub(record: Record<string, unknown> | null | undefined): Record<string, unknown> | null {
  if (!record) return null;
  return Object.fromEntries(Object.entries(record).filter(([k]) => !SECRET_FIELDS.has(k)));
}

/** `{field: [old, new]}` for every field whose JSON value differs between before and after. */
export function diffRecords(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): Record<string, [unknown, unknown]> {
  const changes: Record<string, [unknown, unknown]> = {};
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  for (const key of keys) {
    const old = before?.[key] ?? null;
    const now = after?.[key] ?? null;
    if (JSON.stringify(old) !== JSON.stringify(now)) changes[key] = [old, now];
  }
  return changes;
}

/**
 * Writes one audit row in the caller's transaction. Secrets (password, token and key hashes) are
 * dropped from before/after, so they can never be read back through GET /audit.
 */
export async function recordAudit(
  trx: Executor,
  ctx: Pick<AppContext, 'clock'>,
  actor: Actor,
  entry: AuditEntry,
): Promise<string> {
  const before = scrub(entry.before);
  const after = scrub(entry.after);
  const id = newId('aud');
  await trx
    .insertInto('auditLog')
    .values({
      id,
      at: ctx.clock.now(),
      actorType: actor.type,
      actorId: actor.id,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: before ? toJson(before) : null,
      after: after ? toJson(after) : null,
      changes: toJson(diffRecords(before, after)),
    })
    .execute();
  return id;
}
