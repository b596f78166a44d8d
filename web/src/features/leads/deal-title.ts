import type { Lead } from './leads.types.js';

/**
 * The title a converted lead's deal starts with: what the lead wants ("Office chairs for 40
 * people"), with the company when there is one, else the lead's name — a pipeline full of deals
 * named after people says nothing about what is being sold. Capped at the server's 300 characters.
 */
export function defaultDealTitle(
  lead: Pick<Lead, 'interest' | 'companyName' | 'firstName' | 'lastName' | 'email'>,
  name: string,
): string {
  const interest = lead.interest?.trim();
  const company = lead.companyName?.trim();
  const title = interest ? (company ? `${interest} — ${company}` : interest) : name;
  return title.slice(0, 300);
}
