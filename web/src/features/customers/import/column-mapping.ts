import type { FieldDefinition } from '../customers.types.js';

export type ImportEntity = 'people' | 'companies' | 'orders';

/** The i18n key naming each kind of import (the wizard's choice, the history's column). */
export const ENTITY_LABEL: Record<ImportEntity, string> = {
  people: 'customers.tabs.people',
  companies: 'customers.tabs.companies',
  orders: 'orders.title',
};

export const PEOPLE_TARGETS = [
  'firstName',
  'lastName',
  'middleName',
  'email',
  'phone',
  'birthday',
  'gender',
  'language',
  'timeZone',
  'lifecycleStage',
  'source',
  'preferredChannel',
  'tags',
  'externalId',
  'company',
  'jobTitle',
  'address.street',
  'address.city',
  'address.postcode',
  'address.region',
  'address.country',
];
export const COMPANY_TARGETS = [
  'name',
  'legalName',
  'taxId',
  'industry',
  'size',
  'website',
  'domain',
  'tags',
  'externalId',
  'address.street',
  'address.city',
  'address.postcode',
  'address.region',
  'address.country',
];

/** Order-line columns (the server's ORDER_IMPORT_FIELDS): lines with one order_id form one order. */
export const ORDER_TARGETS = [
  'order_id',
  'customer_external_id',
  'customer_email',
  'customer_phone',
  'ordered_at',
  'sku',
  'product_name',
  'category',
  'quantity',
  'unit_price',
  'discount',
  'currency',
  'channel',
  'status',
];

export const TARGETS: Record<ImportEntity, string[]> = {
  people: PEOPLE_TARGETS,
  companies: COMPANY_TARGETS,
  orders: ORDER_TARGETS,
};

const norm = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

// The common aliases of the server's header mapping (modules/imports/header-mapping.ts), so the
// suggestion shown here is what the server would pick; the user's choice is sent explicitly.
const ALIASES: Record<string, string> = {
  givenname: 'firstName',
  familyname: 'lastName',
  additionalname: 'middleName',
  emailaddress: 'email',
  mobilephone: 'phone',
  phonenumber: 'phone',
  mobilephonenumber: 'phone',
  primaryphone: 'phone',
  companyname: 'company',
  organizationname: 'company',
  organization1name: 'company',
  organization1title: 'jobTitle',
  organizationtitle: 'jobTitle',
  position: 'jobTitle',
  labels: 'tags',
  city: 'address.city',
  country: 'address.country',
  countryregion: 'address.country',
  region: 'address.region',
  stateregion: 'address.region',
  streetaddress: 'address.street',
  postalcode: 'address.postcode',
  postcode: 'address.postcode',
  preferredlanguage: 'language',
  vatnumber: 'taxId',
  websiteurl: 'website',
};

// The server's order synonyms (mapOrderHeaders); our own field names match as they are.
const ORDER_ALIASES: Record<string, string> = {
  orderid: 'order_id',
  ordernumber: 'order_id',
  customerid: 'customer_external_id',
  email: 'customer_email',
  phone: 'customer_phone',
  date: 'ordered_at',
  orderdate: 'ordered_at',
  product: 'product_name',
  qty: 'quantity',
  price: 'unit_price',
};

/** The suggested target of each header: a custom field by key or label, a field name, an alias, or none. */
export function suggestMapping(
  entity: ImportEntity,
  header: string[],
  defs: FieldDefinition[],
): (string | null)[] {
  const targets = TARGETS[entity];
  const byName = new Map(targets.map((t) => [norm(t.replace(/^address\./, '')), t]));
  const custom = new Map<string, string>();
  for (const d of defs) {
    custom.set(norm(d.key), `custom.${d.key}`);
    custom.set(norm(`custom.${d.key}`), `custom.${d.key}`);
    for (const l of Object.values(d.label)) if (l) custom.set(norm(l), `custom.${d.key}`);
  }
  return header.map((h) => {
    const n = norm(h);
    if (entity === 'orders') return byName.get(n) ?? ORDER_ALIASES[n] ?? null;
    if (/^e-?mail ?\d* ?(- )?(value|address)$/i.test(h.trim())) return entity === 'people' ? 'email' : null;
    if (entity === 'companies' && (n === 'company' || n === 'companyname')) return 'name';
    const hit = custom.get(n) ?? byName.get(n) ?? ALIASES[n] ?? null;
    return hit && (hit.startsWith('custom.') || targets.includes(hit)) ? hit : null;
  });
}

/** `Header=target,Other=-` as `POST /imports?mapping=` expects (`-` = ignore the column). */
export function mappingParam(header: string[], targets: (string | null)[]): string {
  return header.map((h, i) => `${h}=${targets[i] ?? '-'}`).join(',');
}
