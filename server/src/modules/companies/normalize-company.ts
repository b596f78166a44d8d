import { validationError } from '../../platform/errors.js';
import type { FieldDefinition } from '../fields/fields.schemas.js';
import { validateCustomValues } from '../fields/validate-custom-values.js';
import { checkUrl } from '../people/contact-values.js';
import type { Company, CompanyInput } from './companies.schemas.js';

type State = Omit<Company, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/** Validates a body against the current company (null on create); the domain defaults from the website. */
export function normalizeCompany(
  input: CompanyInput,
  current: Company | null,
  defs: FieldDefinition[],
): State {
  const pick = <K extends keyof State>(k: K): State[K] =>
    (k in input && (input as Record<string, unknown>)[k] !== undefined
      ? (input as Record<string, unknown>)[k]
      : current
        ? current[k]
        : null) as State[K];
  const website = pick('website');
  if (website) checkUrl(website, 'website');
  let domain = pick('domain');
  if (domain && !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(domain))
    throw validationError('domain', 'must be a domain name', 'invalid_domain');
  if (!domain && website && input.website !== undefined)
    domain = new URL(website).hostname.replace(/^www\./, '');
  const name = pick('name');
  if (!name) throw validationError('name', 'is required', 'required');
  return {
    name,
    legalName: pick('legalName'),
    taxId: pick('taxId'),
    industry: pick('industry'),
    size: pick('size'),
    turnover: pick('turnover'),
    website,
    domain: domain ? domain.toLowerCase() : null,
    address: pick('address'),
    ownerId: pick('ownerId'),
    tags: input.tags ? [...new Set(input.tags)] : (current?.tags ?? []),
    custom: validateCustomValues(defs, input.custom, current ? current.custom : null),
  };
}
