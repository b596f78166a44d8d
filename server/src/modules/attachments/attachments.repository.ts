import type { Executor } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { hasPermission } from '../../platform/auth/principal.js';
import { AppError, notFound } from '../../platform/errors.js';
import { findCompany } from '../companies/companies.repository.js';
import { isPersonVisible } from '../people/people.repository.js';
import { findDeal } from '../sales/deals.repository.js';
import type { AttachmentsTable } from './attachments.table.js';

export type OwnerKind = 'person' | 'company' | 'deal';
export interface Owner {
  kind: OwnerKind;
  id: string;
}

export const ownerOf = (a: AttachmentsTable): Owner =>
  a.personId
    ? { kind: 'person', id: a.personId }
    : a.companyId
      ? { kind: 'company', id: a.companyId }
      : { kind: 'deal', id: a.dealId! };
export const ownerColumn = (kind: OwnerKind) =>
  kind === 'person' ? 'personId' : kind === 'company' ? 'companyId' : 'dealId';
const RESOURCE = { person: 'people', company: 'companies', deal: 'deals' } as const;
const LABEL = { person: 'Person', company: 'Company', deal: 'Deal' } as const;

async function isOwnerVisible(db: Executor, principal: Principal, owner: Owner): Promise<boolean> {
  if (owner.kind === 'person') return isPersonVisible(db, principal, owner.id);
  if (owner.kind === 'company') return !!(await findCompany(db, principal, owner.id));
  return !!(await findDeal(db, principal, owner.id));
}

/**
 * 404 unless the principal may see the record (visibility scope), 403 unless their role may
 * `action` that kind of record. Attachments are as visible as the record they hang on.
 */
export async function requireOwner(
  db: Executor,
  principal: Principal,
  owner: Owner,
  action: 'read' | 'update',
): Promise<void> {
  if (!(await isOwnerVisible(db, principal, owner))) throw notFound(LABEL[owner.kind], owner.id);
  const permission = `${RESOURCE[owner.kind]}:${action}` as const;
  if (!hasPermission(principal, permission)) throw new AppError('forbidden', `This needs ${permission}`);
}

/** An attachment the principal may see (404 otherwise, also when the record is hidden). */
export async function findAttachment(
  db: Executor,
  principal: Principal,
  id: string,
  action: 'read' | 'update',
) {
  const row = await db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Attachment', id);
  try {
    await requireOwner(db, principal, ownerOf(row), action);
  } catch (err) {
    if (err instanceof AppError && err.code === 'not_found') throw notFound('Attachment', id);
    throw err;
  }
  return row;
}

export function toAttachment(a: AttachmentsTable) {
  return {
    id: a.id,
    personId: a.personId,
    companyId: a.companyId,
    dealId: a.dealId ?? null,
    kind: a.kind,
    filename: a.filename,
    contentType: a.contentType,
    size: a.size,
    sha256: a.sha256,
    createdAt: a.createdAt,
    createdBy: { type: a.actorType, id: a.actorId },
    downloadUrl: `/api/v1/attachments/${a.id}/download`,
  };
}

/**
 * Merge support (called by the people and company merges, in their transaction): the merged
 * record's files move to the survivor; a second photo becomes an ordinary file, so the survivor
 * keeps one photo.
 */
export async function moveAttachments(
  db: Executor,
  kind: OwnerKind,
  fromId: string,
  toId: string,
): Promise<void> {
  const col = ownerColumn(kind);
  const hasPhoto = await db
    .selectFrom('attachments')
    .select('id')
    .where(col, '=', toId)
    .where('kind', '=', 'photo')
    .executeTakeFirst();
  if (hasPhoto) {
    await db
      .updateTable('attachments')
      .set({ kind: 'file' })
      .where(col, '=', fromId)
      .where('kind', '=', 'photo')
      .execute();
  }
  await db
    .updateTable('attachments')
    .set({ [col]: toId })
    .where(col, '=', fromId)
    .execute();
}

/**
 * Storage keys of a record's files, read inside the transaction that deletes the record (the rows
 * go with it by FK cascade); pass them to `removeStoredFiles` after the commit.
 */
export async function storedFilesOf(db: Executor, kind: OwnerKind, id: string): Promise<string[]> {
  const rows = await db
    .selectFrom('attachments')
    .select('storageKey')
    .where(ownerColumn(kind), '=', id)
    .execute();
  return rows.map((r) => r.storageKey);
}
