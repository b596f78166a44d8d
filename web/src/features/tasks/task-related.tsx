import { Anchor, Group } from '@mantine/core';
import { IconBriefcase, IconBuilding, IconUser } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { companiesApi, companyKey } from '../companies/companies.api.js';
import { peopleApi, personKey } from '../customers/customers.api.js';
import { personName } from '../customers/person-name.js';
import { salesApi } from '../sales/sales.api.js';
import type { Task } from './tasks.api.js';

// One request per record, shared with the record's own page through the query cache; a record the
// user may not see (404) simply shows no link.
const quiet = { retry: false, staleTime: 60_000 } as const;

/** The person, company and deal a task is about, each linked to its page. */
export function TaskRelated({ related }: { related: Task['related'] }) {
  const { personId, companyId, dealId } = related;
  const person = useQuery({
    queryKey: personKey(personId ?? ''),
    queryFn: () => peopleApi.get(personId as string),
    enabled: Boolean(personId),
    ...quiet,
  });
  const company = useQuery({
    queryKey: companyKey(companyId ?? ''),
    queryFn: () => companiesApi.get(companyId as string),
    enabled: Boolean(companyId),
    ...quiet,
  });
  const deal = useQuery({
    queryKey: ['deals', 'one', dealId ?? ''],
    queryFn: () => salesApi.get(dealId as string),
    enabled: Boolean(dealId),
    ...quiet,
  });
  if (!person.data && !company.data && !deal.data) return null;
  return (
    <Group gap={8} wrap="wrap" data-testid="task-related">
      {person.data && (
        <Anchor
          component={Link}
          to={`/customers/people/${person.data.id}`}
          size="xs"
          data-testid="task-person"
        >
          <IconUser size={12} style={{ verticalAlign: -1 }} /> {personName(person.data)}
        </Anchor>
      )}
      {company.data && (
        <Anchor component={Link} to={`/customers/companies/${company.data.id}`} size="xs">
          <IconBuilding size={12} style={{ verticalAlign: -1 }} /> {company.data.name}
        </Anchor>
      )}
      {deal.data && (
        <Anchor component={Link} to={`/sales/board?deal=${deal.data.id}`} size="xs">
          <IconBriefcase size={12} style={{ verticalAlign: -1 }} /> {deal.data.title}
        </Anchor>
      )}
    </Group>
  );
}
