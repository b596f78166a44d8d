import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import type { Actor } from '../actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword } from '../auth/password.js';
import { AppError } from '../errors.js';
import { appendEvent } from '../events/append-event.js';
import { newId } from '../ids.js';
import { assertTeamsExist } from './check-references.js';
import { normalizeEmail, toUserDto, type UserDto } from './user.repository.js';
import type { CreateUserInput } from './users.schemas.js';

/**
 * Creates a user inside the caller's transaction (setup and the CLI reuse it). The password is
 * hashed by the caller, so the transaction is not held open while scrypt runs.
 */
export async function insertUser(
  trx: Executor,
  ctx: Pick<AppContext, 'clock'>,
  actor: Actor,
  input: Omit<CreateUserInput, 'password'> & { passwordHash: string },
): Promise<UserDto> {
  await assertTeamsExist(trx, input.teamIds, 'body.teamIds');
  const now = ctx.clock.now();
  const row = {
    id: newId('usr'),
    email: normalizeEmail(input.email),
    name: input.name,
    role: input.role,
    passwordHash: input.passwordHash,
    active: 1,
    locale: input.locale ?? 'en',
    theme: 'auto',
    timeZone: null,
    absentFrom: null,
    absentUntil: null,
    substituteId: null,
    createdAt: now,
    updatedAt: now,
  };
  try {
    await trx.insertInto('users').values(row).execute();
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('email_taken', `A user with email ${row.email} exists`);
    throw err;
  }
  const teamIds = [...new Set(input.teamIds ?? [])];
  if (teamIds.length) {
    await trx
      .insertInto('teamMembers')
      .values(teamIds.map((teamId) => ({ teamId, userId: row.id })))
      .execute();
  }
  const user = toUserDto(row, teamIds);
  const { createdAt: _c, ...after } = user;
  await recordAudit(trx, ctx, actor, { entityType: 'user', entityId: user.id, action: 'create', after });
  await appendEvent(trx, ctx.clock, actor, {
    type: 'user.created',
    entityType: 'user',
    entityId: user.id,
    payload: { email: user.email, role: user.role },
  });
  return user;
}

/** POST /users and `rapport admin create`. */
export async function createUser(ctx: AppContext, actor: Actor, input: CreateUserInput): Promise<UserDto> {
  const { password, ...rest } = input;
  const passwordHash = await hashPassword(password);
  return ctx.db.transaction().execute((trx) => insertUser(trx, ctx, actor, { ...rest, passwordHash }));
}
