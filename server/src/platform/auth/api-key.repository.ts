import type { Executor } from '../../db/database.js';
import type { ApiKeyRow } from './auth.table.js';

/** An API key as listed: never the hash, never the key. */
export interface ApiKeyDto {
  id: string;
  name: string;
  role: string;
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
  createdBy: string | null;
}

export const toApiKeyDto = (r: ApiKeyRow): ApiKeyDto => ({
  id: r.id,
  name: r.name,
  role: r.role,
  prefix: r.prefix,
  createdAt: r.createdAt,
  lastUsedAt: r.lastUsedAt,
  revokedAt: r.revokedAt,
  createdBy: r.createdBy,
});

export async function listApiKeys(db: Executor): Promise<ApiKeyDto[]> {
  const rows = await db.selectFrom('apiKeys').selectAll().orderBy('id', 'desc').execute();
  return rows.map(toApiKeyDto);
}

export async function findApiKey(db: Executor, id: string): Promise<ApiKeyDto | undefined> {
  const row = await db.selectFrom('apiKeys').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toApiKeyDto(row);
}
