import type { Selectable } from 'kysely';

export interface SessionsTable {
  id: string;
  /** SHA-256 of the cookie token; the token itself is never stored. */
  tokenHash: string;
  userId: string;
  createdAt: number;
  lastSeenAt: number;
  ip: string | null;
  userAgent: string | null;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  role: string;
  /** The 8 characters after `rk_`, shown in lists so people can tell keys apart. */
  prefix: string;
  /** SHA-256 of the whole key. */
  keyHash: string;
  createdAt: number;
  createdBy: string | null;
  lastUsedAt: number | null;
  revokedAt: number | null;
}

export interface LoginAttemptsTable {
  id: string;
  email: string;
  ip: string | null;
  at: number;
  succeeded: number;
}

export type SessionRow = Selectable<SessionsTable>;
export type ApiKeyRow = Selectable<ApiKeysTable>;
