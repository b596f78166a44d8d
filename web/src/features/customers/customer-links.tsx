import { Anchor } from '@mantine/core';
import { Link } from 'react-router';

/** What a deal or order row says about its customer (names come with the list; null when hidden). */
export interface CustomerRef {
  personId: string | null;
  personName?: string | null;
  companyId: string | null;
  companyName?: string | null;
}

/** The customer's person and company as links; a dash when there is none the user may see. */
export function CustomerLinks({ customer }: { customer: CustomerRef }) {
  const links = [
    customer.personId && customer.personName
      ? { to: `/customers/people/${customer.personId}`, name: customer.personName }
      : null,
    customer.companyId && customer.companyName
      ? { to: `/customers/companies/${customer.companyId}`, name: customer.companyName }
      : null,
  ].filter((l) => l !== null);
  if (!links.length) return <>—</>;
  return (
    <>
      {links.map((l, i) => (
        <span key={l.to}>
          {i > 0 && ' · '}
          {/* The link opens the customer, not the row it sits in. */}
          <Anchor component={Link} to={l.to} size="sm" onClick={(e) => e.stopPropagation()}>
            {l.name}
          </Anchor>
        </span>
      ))}
    </>
  );
}
