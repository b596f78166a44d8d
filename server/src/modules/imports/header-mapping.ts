import type { FieldDefinition } from '../fields/fields.schemas.js';
import { ORDER_IMPORT_FIELDS } from './read-order-row.js';

export type ImportEntity = 'people' | 'companies' | 'orders';

/** Where one CSV column goes: a field name (`firstName`, `address.city`, `custom.<key>`…) or null (ignored). */
export type ColumnTargets = (string | null)[];

const norm = (h: string) => h.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Headers of Google Contacts, Outlook and HubSpot exports, plus our own names, normalised. */
const PEOPLE_ALIASES: Record<string, string> = {
  ...Object.fromEntries(
    ['firstName', 'lastName', 'middleName', 'email', 'phone', 'birthday', 'gender', 'language', 'timeZone']
      .concat(['lifecycleStage', 'source', 'preferredChannel', 'tags', 'externalId', 'company', 'jobTitle'])
      .map((f) => [norm(f), f]),
  ),
  givenname: 'firstName',
  additionalname: 'middleName',
  familyname: 'lastName',
  emailaddress: 'email',
  mobilephone: 'phone',
  mobilephonenumber: 'phone',
  phonenumber: 'phone',
  primaryphone: 'phone',
  businessphone: 'phone',
  homephone: 'phone',
  organization1name: 'company',
  organizationname: 'company',
  companyname: 'company',
  // The person's role at that company (the link's role); Outlook and HubSpot "Job Title", Google's title.
  organization1title: 'jobTitle',
  organizationtitle: 'jobTitle',
  position: 'jobTitle',
  recordid: 'externalIds.hubspot',
  contactid: 'externalIds.hubspot',
  lifecyclestage: 'lifecycleStage',
  preferredlanguage: 'language',
  city: 'address.city',
  homecity: 'address.city',
  businesscity: 'address.city',
  address1city: 'address.city',
  countryregion: 'address.country',
  country: 'address.country',
  homecountryregion: 'address.country',
  businesscountryregion: 'address.country',
  address1country: 'address.country',
  stateregion: 'address.region',
  region: 'address.region',
  address1region: 'address.region',
  streetaddress: 'address.street',
  homestreet: 'address.street',
  businessstreet: 'address.street',
  address1street: 'address.street',
  postalcode: 'address.postcode',
  postcode: 'address.postcode',
  homepostalcode: 'address.postcode',
  address1postalcode: 'address.postcode',
  labels: 'tags',
};

const COMPANY_ALIASES: Record<string, string> = {
  ...Object.fromEntries(
    ['name', 'legalName', 'taxId', 'industry', 'size', 'website', 'domain', 'tags', 'externalId'].map((f) => [
      norm(f),
      f,
    ]),
  ),
  companyname: 'name',
  company: 'name',
  companydomainname: 'domain',
  websiteurl: 'website',
  vatnumber: 'taxId',
  recordid: 'externalIds.hubspot',
  city: 'address.city',
  countryregion: 'address.country',
  country: 'address.country',
  stateregion: 'address.region',
  streetaddress: 'address.street',
  postalcode: 'address.postcode',
};

/** Numbered columns of Google ("E-mail 2 - Value") and Outlook ("E-mail 3 Address") exports. */
const PATTERNS: [RegExp, string][] = [
  [/^e-?mail ?\d* ?(- )?(value|address)$/i, 'email'],
  [/^phone ?\d* ?- value$/i, 'phone'],
  [/^(other|car|company main|assistant|business|home) phone( \d)?$/i, 'phone'],
];

/** Maps each header to a target: explicit `--map` first, then custom field keys/labels, then aliases. */
export function mapHeaders(
  entity: ImportEntity,
  headers: string[],
  defs: FieldDefinition[],
  explicit: Record<string, string> = {},
): ColumnTargets {
  if (entity === 'orders') return mapOrderHeaders(headers, explicit);
  const aliases = entity === 'people' ? PEOPLE_ALIASES : COMPANY_ALIASES;
  const custom = new Map<string, string>();
  for (const d of defs) {
    custom.set(norm(`custom.${d.key}`), `custom.${d.key}`);
    custom.set(norm(d.key), `custom.${d.key}`);
    for (const l of Object.values(d.label)) if (l) custom.set(norm(l), `custom.${d.key}`);
  }
  return headers.map((h) => {
    if (h in explicit) return explicit[h] === '' || explicit[h] === '-' ? null : explicit[h]!;
    const n = norm(h);
    if (entity === 'people' && PATTERNS.some(([re, t]) => re.test(h.trim()) && t)) {
      return PATTERNS.find(([re]) => re.test(h.trim()))![1];
    }
    return custom.get(n) ?? aliases[n] ?? null;
  });
}

/** Parses `--map "Column=field,Other Column=custom.key"` (a column mapped to `-` is ignored). */
export function parseMapping(spec: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (spec ?? '').split(',')) {
    const at = part.lastIndexOf('=');
    if (at <= 0) continue;
    out[part.slice(0, at).trim()] = part.slice(at + 1).trim();
  }
  return out;
}

const ORDER_ALIASES: Record<string, string> = {
  ...Object.fromEntries(ORDER_IMPORT_FIELDS.map((f) => [norm(f), f])),
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

/** Order-line files: our field names (order_id…) and a few common synonyms; `--map` wins. */
function mapOrderHeaders(headers: string[], explicit: Record<string, string>): ColumnTargets {
  return headers.map((h) => {
    if (h in explicit) return explicit[h] === '' || explicit[h] === '-' ? null : explicit[h]!;
    return ORDER_ALIASES[norm(h)] ?? null;
  });
}
