import type { Person } from './customers.types.js';

/**
 * How a person is named in lists, pickers and headings: the name, else the email, phone or external
 * id (a customer an order file created knows only its customer number).
 */
export const personName = (
  p: Pick<Person, 'firstName' | 'lastName' | 'email'> & Partial<Pick<Person, 'phone' | 'externalIds'>>,
) =>
  [p.firstName, p.lastName].filter(Boolean).join(' ') || p.email || p.phone || p.externalIds?.[0]?.id || '—';
