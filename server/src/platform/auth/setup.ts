import type { AppContext } from '../../context.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { systemActor } from '../actor.js';
import { AppError } from '../errors.js';
import { appendEvent } from '../events/append-event.js';
import { insertUser } from '../users/create-user.js';
import { countUsers, type UserDto } from '../users/user.repository.js';
import { hashPassword } from './password.js';
import { createSession } from './session.repository.js';
import { csrfTokenFor } from './tokens.js';

export async function needsSetup(ctx: AppContext): Promise<boolean> {
  return (await countUsers(ctx.db)) === 0;
}

const alreadySetUp = () => new AppError('already_set_up', 'Rapport is already set up');

/**
 * POST /setup: the first admin. Race-safe: the transaction inserts the single `setup` row, so of two
 * concurrent setups one wins and the other fails on the primary key (→ 409).
 */
export async function runSetup(
  ctx: AppContext,
  input: { email: string; password: string; name: string; locale?: 'en' | 'ru' | 'lv' },
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ user: UserDto; token: string; csrfToken: string }> {
  if (!(await needsSetup(ctx))) throw alreadySetUp();
  const passwordHash = await hashPassword(input.password);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('setup').values({ id: 'setup', completedAt: ctx.clock.now() }).execute();
      if ((await countUsers(trx)) > 0) throw alreadySetUp();
      const user = await insertUser(trx, ctx, systemActor, {
        email: input.email,
        name: input.name,
        role: 'admin',
        locale: input.locale,
        passwordHash,
      });
      await appendEvent(trx, ctx.clock, systemActor, {
        type: 'setup.completed',
        entityType: 'user',
        entityId: user.id,
      });
      const session = await createSession(trx, ctx, user.id, meta);
      return { user, token: session.token, csrfToken: csrfTokenFor(ctx.secret, session.id) };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw alreadySetUp();
    throw err;
  }
}
