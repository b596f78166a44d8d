import type { Executor } from '../../db/database.js';
import { toJson } from '../../db/json.js';
import { newId } from '../../platform/ids.js';
import { upsertPeopleBatch, type WriteEnv } from './import-people.js';
import { extKey, FILE_ID_SOURCE } from './import-rows.js';
import { kyselyPeopleStore } from './people-store.js';
import type { ImportedOrderLine } from './read-order-row.js';

const CHUNK = 500;

async function inChunks<T>(values: string[], q: (c: string[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  const u = [...new Set(values)];
  for (let i = 0; i < u.length; i += CHUNK) out.push(...(await q(u.slice(i, i + CHUNK))));
  return out;
}

export const customerKey = (c: ImportedOrderLine['customer']) =>
  c.externalId ? `x:${c.externalId}` : c.email ? `e:${c.email}` : `p:${c.phone}`;

/**
 * Person id per customer key: known customers are matched (external id, email, phone) and unknown
 * ones created, through the people import's own batch upsert.
 */
export async function resolveCustomers(trx: Executor, env: WriteEnv, lines: ImportedOrderLine[]) {
  const byKey = new Map(lines.map((l) => [customerKey(l.customer), l.customer]));
  const found = await lookupCustomers(trx, env, [...byKey.values()]);
  // Known customers are left as they are; only unknown ones go through the people upsert.
  const unknown = [...byKey].filter(([k]) => !found.has(k)).map(([, c]) => c);
  if (!unknown.length) return found;
  await upsertPeopleBatch(
    trx,
    env,
    unknown.map((c) => ({
      fields: {},
      address: {},
      emails: c.email ? [c.email] : [],
      phones: c.phone ? [c.phone] : [],
      tags: [],
      externalIds: c.externalId ? [{ source: FILE_ID_SOURCE, id: c.externalId }] : [],
      custom: {},
    })),
  );
  for (const [k, id] of await lookupCustomers(trx, env, unknown)) found.set(k, id);
  return found;
}

/** Person id per customer key: the key's own identity (external id, else email, else phone). */
async function lookupCustomers(trx: Executor, env: WriteEnv, cs: ImportedOrderLine['customer'][]) {
  const store = env.people ?? kyselyPeopleStore;
  const byExt = cs.filter((c) => c.externalId);
  const byEmail = cs.filter((c) => !c.externalId && c.email);
  const byPhone = cs.filter((c) => !c.externalId && !c.email && c.phone);
  const ext = await store.findExternalIds(
    trx,
    byExt.map((c) => ({ source: FILE_ID_SOURCE, id: c.externalId! })),
  );
  const emails = await store.findEmails(
    trx,
    byEmail.map((c) => c.email!),
  );
  const phones = await store.findPhones(
    trx,
    byPhone.map((c) => c.phone!),
  );
  const out = new Map<string, string>();
  for (const c of byExt) {
    const id = ext.get(extKey(FILE_ID_SOURCE, c.externalId!));
    if (id) out.set(customerKey(c), id);
  }
  for (const c of byEmail) {
    const id = emails.get(c.email!);
    if (id) out.set(customerKey(c), id);
  }
  for (const c of byPhone) {
    const id = phones.get(c.phone!);
    if (id) out.set(customerKey(c), id);
  }
  return out;
}

/** Product id per SKU; unknown products and categories (top level, by name) are created. */
export async function resolveProducts(trx: Executor, env: WriteEnv, lines: ImportedOrderLine[]) {
  const now = env.clock.now();
  const withSku = lines.filter((l) => l.sku);
  const names = [...new Set(withSku.flatMap((l) => (l.category ? [l.category.toLowerCase()] : [])))];
  const cats = new Map(
    (
      await inChunks(names, (c) =>
        trx
          .selectFrom('productCategories')
          .select(['id', 'searchName'])
          .where('parentId', 'is', null)
          .where('searchName', 'in', c)
          .execute(),
      )
    ).map((c) => [c.searchName, c.id]),
  );
  const newCats = names
    .filter((n) => !cats.has(n))
    .map((n) => {
      const name = withSku.find((l) => l.category?.toLowerCase() === n)!.category!;
      const id = newId('pcat');
      cats.set(n, id);
      return { id, name, searchName: n, parentId: null, createdAt: now, updatedAt: now };
    });
  for (let i = 0; i < newCats.length; i += CHUNK)
    await trx
      .insertInto('productCategories')
      .values(newCats.slice(i, i + CHUNK))
      .execute();
  const products = new Map(
    (
      await inChunks(
        withSku.map((l) => l.sku!),
        (c) => trx.selectFrom('products').select(['id', 'sku']).where('sku', 'in', c).execute(),
      )
    ).map((p) => [p.sku, p.id]),
  );
  const fresh = [];
  for (const l of withSku) {
    if (products.has(l.sku!)) continue;
    const id = newId('prd');
    products.set(l.sku!, id);
    const name = l.productName ?? l.sku!;
    fresh.push({
      id,
      sku: l.sku!,
      name,
      searchName: name.toLowerCase(),
      categoryId: l.category ? cats.get(l.category.toLowerCase())! : null,
      unit: null,
      active: 1,
      custom: toJson({}),
      createdAt: now,
      updatedAt: now,
    });
  }
  for (let i = 0; i < fresh.length; i += CHUNK)
    await trx
      .insertInto('products')
      .values(fresh.slice(i, i + CHUNK))
      .execute();
  return { products, productsCreated: fresh.length, categoriesCreated: newCats.length };
}
