import { sql } from 'kysely';
import type { Executor } from '../../db/database.js';
import { teamIdsByUser, toUserDto, type UserDto } from './user.repository.js';

export interface ListUsersOptions {
  limit: number;
  cursor?: string;
  q?: string;
}

/** GET /users: by id (creation order), keyset-paged; `q` matches name or email, case-insensitively. */
export async function listUsers(
  db: Executor,
  opts: ListUsersOptions,
): Promise<{ data: UserDto[]; nextCursor: string | null }> {
  let query = db
    .selectFrom('users')
    .selectAll()
    .orderBy('id')
    .limit(opts.limit + 1);
  if (opts.cursor) query = query.where('id', '>', opts.cursor);
  const q = opts.q?.trim().toLowerCase();
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // An explicit ESCAPE: SQLite has no default escape character for LIKE, PostgreSQL's is `\`.
    query = query.where(
      sql<boolean>`(lower(name) like ${pattern} escape '\\' or lower(email) like ${pattern} escape '\\')`,
    );
  }
  const rows = await query.execute();
  const page = rows.slice(0, opts.limit);
  const teams = await teamIdsByUser(
    db,
    page.map((r) => r.id),
  );
  return {
    data: page.map((r) => toUserDto(r, teams.get(r.id) ?? [])),
    nextCursor: rows.length > opts.limit ? page[page.length - 1]!.id : null,
  };
}
