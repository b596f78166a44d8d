import type { Executor } from '../../db/database.js';
import { AppError } from '../../platform/errors.js';
import { appendEvent } from '../../platform/events/append-event.js';
import { newId } from '../../platform/ids.js';
import { saveCompany, toCompany } from '../companies/companies.repository.js';
import type { Company, CompanyInput } from '../companies/companies.schemas.js';
import { normalizeCompany } from '../companies/normalize-company.js';
import type { FieldDefinition } from '../fields/fields.schemas.js';
import { searchKey } from '../people/contact-values.js';
import { diffFields } from '../people/diff-fields.js';
import { type CellError, cellErrorOf, customValue } from './cell-values.js';
import type { ColumnTargets } from './header-mapping.js';
import type { UpsertCounts, WriteEnv } from './import-people.js';

const TEXT = ['name', 'legalName', 'taxId', 'industry', 'size', 'website', 'domain'];

/** One CSV row as a partial company body; custom cells are converted by their field's type. */
export function readCompanyRow(
  cells: string[],
  headers: string[],
  targets: ColumnTargets,
  defs: Map<string, FieldDefinition>,
) {
  const errors: CellError[] = [];
  const input: CompanyInput & { address?: Record<string, string>; custom: Record<string, unknown> } = {
    custom: {},
  };
  targets.forEach((t, i) => {
    const raw = cells[i]?.trim() ?? '';
    if (!t || raw === '') return;
    const column = headers[i]!;
    if (TEXT.includes(t)) (input as Record<string, unknown>)[t] ??= raw;
    else if (t === 'tags')
      input.tags = raw
        .split(/[;,]/)
        .map((s) => s.trim())
        .filter(Boolean);
    else if (t.startsWith('address.')) input.address = { ...input.address, [t.slice(8)]: raw };
    else if (t.startsWith('custom.')) {
      const def = defs.get(t.slice(7));
      const v = def
        ? customValue(def, raw, column, errors)
        : errors.push({
            column,
            reason: `${t} is not a custom field of companies`,
            code: 'unknown_target',
            params: { target: t },
          });
      if (def && v !== undefined) input.custom[def.key] = v;
    }
  });
  if (!input.name)
    errors.push({
      column: headers[targets.indexOf('name')] ?? null,
      reason: 'name is required',
      code: 'required',
    });
  // The column each target came from (the first one), to name it in errors found when writing.
  const columns: Record<string, string> = {};
  targets.forEach((t, i) => {
    if (t) columns[t] ??= headers[i]!;
  });
  return { input, errors, columns };
}

/**
 * Upserts companies one by one in the caller's transaction, matched by domain, then by name
 * (case and diacritics folded, as company search). Validation is normalizeCompany's, as in the API; a bad row is returned as errors.
 */
export async function upsertCompanyRow(
  trx: Executor,
  env: WriteEnv,
  row: ReturnType<typeof readCompanyRow>,
  defs: FieldDefinition[],
  counts: UpsertCounts,
): Promise<CellError[]> {
  const { input } = row;
  let q = trx.selectFrom('companies').selectAll();
  q = input.domain
    ? q.where('domain', '=', input.domain.toLowerCase())
    : q.where('searchName', '=', searchKey(input.name!));
  const found = await q.orderBy('id').executeTakeFirst();
  const cur = found ? toCompany(found) : null;
  let state: ReturnType<typeof normalizeCompany>;
  try {
    state = normalizeCompany({ ...input, custom: input.custom }, cur, defs);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    const e = err.details.errors?.[0];
    const target = e && (e.path.startsWith('custom.') ? e.path : e.path.split('.')[0]!);
    return [cellErrorOf((target && row.columns[target]) ?? null, err)];
  }
  const now = env.clock.now();
  if (cur) {
    const next: Company = { ...cur, ...state, tags: [...new Set([...cur.tags, ...state.tags])] };
    const changes = diffFields(cur as never, next as never);
    if (Object.keys(changes).length === 0) {
      counts.unchanged++;
      return [];
    }
    await saveCompany(trx, { ...next, version: cur.version + 1, updatedAt: now }, false);
    await appendEvent(trx, env.clock, env.actor, {
      type: 'company.updated',
      entityType: 'company',
      entityId: cur.id,
      companyId: cur.id,
      payload: { changes, via: 'import' },
    });
    counts.updated++;
    return [];
  }
  const c: Company = {
    id: newId('com'),
    ...state,
    ownerId: state.ownerId ?? env.ownerId,
    version: 1,
    createdAt: now,
    updatedAt: now,
  };
  await saveCompany(trx, c, true);
  await appendEvent(trx, env.clock, env.actor, {
    type: 'company.created',
    entityType: 'company',
    entityId: c.id,
    companyId: c.id,
    payload: { name: c.name, domain: c.domain, via: 'import' },
  });
  counts.created++;
  return [];
}
