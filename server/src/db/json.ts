/**
 * JSON columns are `jsonb` on PostgreSQL and `text` on SQLite. Writes always pass a string (pg casts
 * it); reads come back parsed on PostgreSQL and as a string on SQLite, so every read goes through here.
 */
export function toJson(value: unknown): string {
  return JSON.stringify(value ?? null);
}

export function fromJson<T = unknown>(value: unknown): T {
  if (typeof value === 'string') return JSON.parse(value) as T;
  return value as T;
}
