import type { Executor } from '../../db/database.js';
import { validationError } from '../../platform/errors.js';
import { normalizeEmail, normalizePhone } from '../people/contact-values.js';
import type { UpdateLeadInput } from './leads.schemas.js';

type Contact = Pick<UpdateLeadInput, 'email' | 'phone' | 'source' | 'ownerId'>;

const blank = (s: string | null | undefined) => (s == null || s.trim() === '' ? null : s);

/**
 * Normalises the contact fields of a lead input (email lower-cased, phone E.164 via the people
 * module's normaliser) and checks the source and owner exist. Absent keys stay absent.
 */
export async function normalizeLeadInput<T extends Contact>(db: Executor, input: T): Promise<T> {
  const out = { ...input };
  if (input.email !== undefined) {
    const e = blank(input.email);
    out.email = e && normalizeEmail(e, 'email');
  }
  if (input.phone !== undefined) {
    const p = blank(input.phone);
    out.phone = p && normalizePhone(p, 'phone');
  }
  if (input.source) {
    const src = await db
      .selectFrom('contactSources')
      .select('key')
      .where('key', '=', input.source)
      .executeTakeFirst();
    if (!src)
      throw validationError('source', `unknown contact source ${input.source}`, 'not_found', {
        entity: 'contact_source',
        id: input.source,
      });
  }
  if (input.ownerId) {
    const user = await db.selectFrom('users').select('id').where('id', '=', input.ownerId).executeTakeFirst();
    if (!user)
      throw validationError('ownerId', `user ${input.ownerId} not found`, 'not_found', {
        entity: 'user',
        id: input.ownerId,
      });
  }
  return out;
}
