import type { Executor } from '../../db/database.js';
import type { Principal } from '../../platform/auth/principal.js';
import { findCompany } from '../companies/companies.repository.js';
import { findPerson } from '../people/people.repository.js';
import { QUOTE_LANGUAGES, type QuoteLanguage } from './quotes.schemas.js';

type Address = {
  street?: string;
  city?: string;
  postcode?: string;
  region?: string;
  country?: string;
} | null;
const addressText = (a: Address) =>
  a ? [a.street, a.city, a.region, a.postcode, a.country].filter(Boolean).join(', ') : '';

/**
 * Who the quote is addressed to: the deal's company (legal name, VAT number) and/or person, as far as
 * the caller may see them; plus the person's language when it is one quotes are printed in.
 */
export async function quoteCustomer(
  db: Executor,
  principal: Principal,
  deal: { personId: string | null; companyId: string | null },
  vatLabel: string,
): Promise<{ name: string; details: string[]; language: QuoteLanguage | null }> {
  const person = deal.personId ? await findPerson(db, principal, deal.personId) : undefined;
  const company = deal.companyId ? await findCompany(db, principal, deal.companyId) : undefined;
  const personName = person
    ? [person.firstName, person.middleName, person.lastName].filter(Boolean).join(' ') || person.email || ''
    : '';
  const details: string[] = [];
  let name = personName;
  if (company) {
    name = company.legalName ?? company.name;
    if (company.taxId) details.push(`${vatLabel} ${company.taxId}`);
    if (addressText(company.address)) details.push(addressText(company.address));
    if (personName) details.push(personName);
  } else if (person && addressText(person.address)) details.push(addressText(person.address));
  if (person?.email) details.push(person.email);
  if (person?.phone) details.push(person.phone);
  const lang = person?.language?.slice(0, 2).toLowerCase();
  return {
    name: name || '—',
    details,
    language: (QUOTE_LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as QuoteLanguage) : null,
  };
}
