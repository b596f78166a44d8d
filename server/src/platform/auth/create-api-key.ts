import type { AppContext } from '../../context.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { appendEvent } from '../events/append-event.js';
import { newId } from '../ids.js';
import type { Role } from '../users/roles.js';
import { type ApiKeyDto, toApiKeyDto } from './api-key.repository.js';
import { newApiKey, sha256 } from './tokens.js';

/**
 * POST /api-keys and `rapport apikey create`. Returns the full key once; only its SHA-256 is kept.
 * `createdBy` is the user behind the actor (null from the CLI).
 */
export async function createApiKey(
  ctx: AppContext,
  actor: Actor,
  createdBy: string | null,
  input: { name: string; role: Role },
): Promise<ApiKeyDto & { key: string }> {
  const { key, prefix } = newApiKey();
  const row = {
    id: newId('key'),
    name: input.name,
    role: input.role,
    prefix,
    keyHash: sha256(key),
    createdAt: ctx.clock.now(),
    createdBy,
    lastUsedAt: null,
    revokedAt: null,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await trx.insertInto('apiKeys').values(row).execute();
    const { createdAt: _c, ...after } = toApiKeyDto(row);
    await recordAudit(trx, ctx, actor, { entityType: 'api_key', entityId: row.id, action: 'create', after });
    await appendEvent(trx, ctx.clock, actor, {
      type: 'api_key.created',
      entityType: 'api_key',
      entityId: row.id,
      payload: { name: row.name, role: row.role, prefix },
    });
  });
  return { ...toApiKeyDto(row), key };
}
