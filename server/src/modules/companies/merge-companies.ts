import { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { Actor } from '../../platform/actor.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Principal } from '../../platform/auth/principal.js';
import { AppError, notFound, validationError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { moveAttachments } from '../attachments/attachments.repository.js';
import { findCompany, saveCompany } from './companies.repository.js';
import type { Company } from './companies.schemas.js';
import { mergeCompanyLinks } from './merge-company-links.js';

const FIELDS = [
  'name',
  'legalName',
  'taxId',
  'industry',
  'size',
  'turnover',
  'website',
  'domain',
  'address',
  'ownerId',
] as const;

export const mergeCompaniesBody = z.strictObject({
  survivorId: z.string().min(1),
  mergedId: z.string().min(1),
  /** Per field (and `custom.<key>`): whose value to keep; unnamed fields fill the survivor's blanks. */
  values: z
    .record(z.string().regex(/^(custom\.[a-z][a-z0-9_]*|[a-zA-Z]+)$/), z.enum(['survivor', 'merged']))
    .default({}),
});
export type MergeCompaniesInput = z.infer<typeof mergeCompaniesBody>;

const empty = (v: unknown) => v === null || v === undefined || v === '';
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function mergedCompany(s: Company, m: Company, values: MergeCompaniesInput['values']) {
  for (const key of Object.keys(values)) {
    if (!key.startsWith('custom.') && !(FIELDS as readonly string[]).includes(key)) {
      throw validationError(
        `values.${key}`,
        `is not a mergeable field (${FIELDS.join(', ')}, custom.<key>)`,
        'unknown_field',
      );
    }
  }
  const pick = (key: string, a: unknown, b: unknown) =>
    values[key] === 'merged' ? b : values[key] === 'survivor' ? a : empty(a) ? b : a;
  const next: Company = { ...s, custom: { ...s.custom }, tags: [...new Set([...s.tags, ...m.tags])] };
  const chosen: Record<string, unknown> = {};
  for (const f of FIELDS) {
    (next as Record<string, unknown>)[f] = pick(f, s[f], m[f]);
    if (!same(next[f], s[f])) chosen[f] = next[f];
  }
  for (const k of new Set([...Object.keys(s.custom), ...Object.keys(m.custom)])) {
    const v = pick(`custom.${k}`, s.custom[k], m.custom[k]);
    if (v === undefined) delete next.custom[k];
    else next.custom[k] = v;
    if (!same(v, s.custom[k])) chosen[`custom.${k}`] = v ?? null;
  }
  return { next, chosen };
}

/**
 * Merges company `mergedId` into `survivorId` in one transaction, like people: chosen values, tags
 * unioned; people links, attachments and events move over; the merged company becomes a tombstone
 * (`mergedIntoId`); event `company.merged` + audit. Both must be visible (404 otherwise).
 */
export async function mergeCompanies(
  ctx: AppContext,
  principal: Principal,
  actor: Actor,
  input: MergeCompaniesInput,
) {
  const { survivorId, mergedId } = input;
  if (survivorId === mergedId)
    throw validationError('mergedId', 'cannot merge a company into itself', 'self_merge');
  return ctx.db.transaction().execute(async (trx) => {
    for (const [path, id] of [
      ['survivorId', survivorId],
      ['mergedId', mergedId],
    ] as const) {
      const person = await trx.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst();
      if (person)
        throw validationError(
          path,
          `${id} is a person; companies merge only with companies`,
          'wrong_entity',
          {
            entity: 'person',
            expected: 'company',
            id,
          },
        );
    }
    const survivor = await findCompany(trx, principal, survivorId);
    if (!survivor) throw notFound('Company', survivorId);
    const merged = await findCompany(trx, principal, mergedId);
    if (!merged) throw notFound('Company', mergedId);
    const { next, chosen } = mergedCompany(survivor, merged, input.values);
    const now = ctx.clock.now();
    const after: Company = { ...next, version: survivor.version + 1, updatedAt: now };
    for (const c of [survivor, merged]) {
      const bumped = await trx
        .updateTable('companies')
        .set({ version: c.version + 1, updatedAt: now })
        .where('id', '=', c.id)
        .where('version', '=', c.version)
        .where('mergedIntoId', 'is', null)
        .executeTakeFirst();
      if (Number(bumped.numUpdatedRows) !== 1) {
        throw new AppError('precondition_failed', `Company ${c.id} changed concurrently, retry`);
      }
    }
    await mergeCompanyLinks(trx, survivorId, mergedId);
    await moveAttachments(trx, 'company', mergedId, survivorId);
    await saveCompany(trx, after, false);
    await trx
      .updateTable('companies')
      .set({ mergedIntoId: survivorId, mergedAt: now })
      .where('id', '=', mergedId)
      .execute();
    await appendEvent(trx, ctx.clock, actor, {
      type: 'company.merged',
      entityType: 'company',
      entityId: survivorId,
      companyId: survivorId,
      payload: { mergedId, survivorId, chosen, merged: { name: merged.name } },
    });
    await recordAudit(trx, ctx, actor, {
      entityType: 'company',
      entityId: survivorId,
      action: 'merge',
      before: { survivor, merged },
      after: { survivor: after, mergedId },
    });
    return after;
  });
}
