import type { Executor } from '../../db/database.js';
import type { Assignment } from './forms.schemas.js';

/**
 * The owner of a new lead from a form. Round robin takes the next active member of the team (sorted
 * by id) from a per-form counter in `form_assignment_state`: the increment is one UPDATE … RETURNING,
 * so concurrent submissions (and restarts, and several nodes) still alternate fairly.
 */
export async function assignOwner(trx: Executor, formId: string, a: Assignment): Promise<string | null> {
  if (a.mode === 'fixed') return a.userId;
  if (a.mode === 'none') return null;
  const members = await trx
    .selectFrom('teamMembers')
    .innerJoin('users', 'users.id', 'teamMembers.userId')
    .select('users.id')
    .where('teamMembers.teamId', '=', a.teamId)
    .where('users.active', '=', 1)
    .orderBy('users.id')
    .execute();
  if (members.length === 0) return null;
  await trx
    .insertInto('formAssignmentState')
    .values({ formId, lastUserId: null, counter: 0 })
    .onConflict((oc) => oc.column('formId').doNothing())
    .execute();
  const { counter } = await trx
    .updateTable('formAssignmentState')
    .set((eb) => ({ counter: eb('counter', '+', 1) }))
    .where('formId', '=', formId)
    .returning('counter')
    .executeTakeFirstOrThrow();
  const userId = members[(Number(counter) - 1) % members.length]?.id ?? null;
  await trx
    .updateTable('formAssignmentState')
    .set({ lastUserId: userId })
    .where('formId', '=', formId)
    .execute();
  return userId;
}
