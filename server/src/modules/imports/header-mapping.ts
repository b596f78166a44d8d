import type { Executor } from '../../db/database.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { listFields } from '../fields/fields.repository.js';
import type { FieldDefinition } from '../fields/fields.schemas.js';
import type { ImportEntity } from './imports.schemas.js';
import { ORDER_IMPORT_FIELDS } from './read-order-row.js';

export type { ImportEntity };

/** Where one CSV column goes: a field name (`firstName`, `address.city`, `custom.<key>`…) or null (ignored). */
export type ColumnTargets = (string | null)[];

/**
 * A header as it is compared: lower case, letters and digits of any script, diacritics dropped
 * ("E-pasts" → "epasts", "Tālrunis" → "talrunis", "Дата рождения" → "датарождения"). Stripping
 * everything but a-z once turned every Cyrillic header into "" and so into the same custom field.
 */
const norm = (h: string) =>
  h
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');

const ADDRESS_FIELDS = ['street', 'city', 'postcode', 'region', 'country'].map((p) => `address.${p}`);

/**
 * The standard fields each import maps columns to, in the order the wizard offers them. Besides
 * these, people and companies take `custom.<key>` and `externalIds.<source>` (an id in another system).
 */
export const IMPORT_FIELDS: Record<ImportEntity, readonly string[]> = {
  people: [
    ...['firstName', 'lastName', 'middleName', 'email', 'phone', 'birthday', 'gender', 'language'],
    ...['timeZone', 'lifecycleStage', 'source', 'preferredChannel', 'tags', 'externalId'],
    ...['company', 'jobTitle'],
    ...ADDRESS_FIELDS,
  ],
  companies: [
    ...['name', 'legalName', 'taxId', 'industry', 'size', 'website', 'domain', 'tags', 'externalId'],
    ...ADDRESS_FIELDS,
  ],
  orders: ORDER_IMPORT_FIELDS,
};

/** `{field: [header, …]}` → normalised header → field. */
function aliases(byField: Record<string, string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(byField).flatMap(([field, headers]) => headers.map((h) => [norm(h), field])),
  );
}

/** Our own field names match as they are (`address.city` also as `city`). */
const ownNames = (entity: ImportEntity) =>
  Object.fromEntries(IMPORT_FIELDS[entity].map((f) => [norm(f.replace(/^address\./, '')), f]));

/** Headers of Google Contacts, Outlook and HubSpot exports, plus our own names, normalised. */
const PEOPLE_ALIASES: Record<string, string> = {
  ...ownNames('people'),
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
  // Spreadsheets kept in Latvian or Russian: the names our own forms use.
  ...aliases({
    firstName: ['Vārds', 'Имя'],
    lastName: ['Uzvārds', 'Фамилия'],
    middleName: ['Otrais vārds', 'Отчество'],
    email: ['E-pasts', 'E-pasta adrese', 'Эл. почта', 'Электронная почта', 'Почта'],
    phone: ['Tālrunis', 'Telefons', 'Mobilais tālrunis', 'Телефон', 'Мобильный телефон'],
    birthday: ['Dzimšanas diena', 'Dzimšanas datums', 'Дата рождения', 'День рождения'],
    gender: ['Dzimums', 'Пол'],
    company: ['Uzņēmums', 'Компания', 'Организация'],
    jobTitle: ['Amats', 'Должность'],
    tags: ['Birkas', 'Метки', 'Теги'],
    'address.street': ['Iela', 'Adrese', 'Улица', 'Адрес'],
    'address.city': ['Pilsēta', 'Город'],
    'address.postcode': ['Pasta indekss', 'Indekss', 'Почтовый индекс', 'Индекс'],
    'address.region': ['Reģions', 'Novads', 'Регион', 'Область'],
    'address.country': ['Valsts', 'Страна'],
  }),
};

const COMPANY_ALIASES: Record<string, string> = {
  ...ownNames('companies'),
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
  ...aliases({
    name: ['Nosaukums', 'Uzņēmums', 'Название', 'Компания'],
    legalName: ['Juridiskais nosaukums', 'Юридическое название'],
    taxId: ['PVN numurs', 'Reģistrācijas numurs', 'ИНН'],
    industry: ['Nozare', 'Отрасль'],
    website: ['Mājaslapa', 'Tīmekļa vietne', 'Сайт'],
    tags: ['Birkas', 'Метки', 'Теги'],
    'address.city': ['Pilsēta', 'Город'],
    'address.country': ['Valsts', 'Страна'],
  }),
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
    if (n === '') return null; // "#", "—": nothing to go by
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
  ...ownNames('orders'),
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

/** Why `target` is not a field this import can write, or null when it is. */
function targetProblem(entity: ImportEntity, target: string, defs: FieldDefinition[]): string | null {
  if (IMPORT_FIELDS[entity].includes(target)) return null;
  if (entity !== 'orders' && target.startsWith('custom.')) {
    return defs.some((d) => `custom.${d.key}` === target) ? null : `${target} is not an active custom field`;
  }
  if (entity !== 'orders' && /^externalIds\.[\w-]{1,50}$/.test(target)) return null;
  return `${target} is not a field of a ${entity} import`;
}

/**
 * Checks a user's mapping before an import is accepted: a column sent to a field that does not exist
 * would otherwise be dropped silently on every row. The 400 names each such column (`unknown_target`
 * with the `target`).
 */
export async function checkMapping(db: Executor, entity: ImportEntity, mapping: Record<string, string>) {
  const defs = entity === 'orders' ? [] : await listFields(db, entity === 'people' ? 'person' : 'company');
  const errors: FieldError[] = [];
  for (const [column, target] of Object.entries(mapping)) {
    if (target === '' || target === '-') continue;
    const problem = targetProblem(entity, target, defs);
    if (problem)
      errors.push({
        path: `mapping.${column}`,
        message: problem,
        code: 'unknown_target',
        params: { target },
      });
  }
  if (errors.length)
    throw new AppError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), {
      errors,
    });
}
