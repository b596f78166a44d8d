import { Anchor, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconLink } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client.js';
import type { Page } from '../../api/types.js';
import { useNotify } from '../../shared/notify.js';
import { useSearchOptions } from '../../shared/use-search-options.js';
import { peopleApi, timelineKey } from '../customers/customers.api.js';
import type { Person } from '../customers/customers.types.js';
import { personName } from '../customers/person-name.js';
import { companiesApi } from './companies.api.js';

/**
 * The people of a company with their role; those who may edit people link another one here (found
 * by name, e-mail or phone), the same link as "Companies" on the person's profile.
 */
export function CompanyPeople({ companyId, canLink }: { companyId: string; canLink: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const key = ['company-people', companyId];
  const people = useQuery({ queryKey: key, queryFn: () => companiesApi.people(companyId) });
  const [personId, setPersonId] = useState<string | null>(null);
  const [role, setRole] = useState('');
  const found = useSearchOptions({
    key: ['people', 'pick'],
    fetch: (q) => api.get<Page<Person>>('/people', { q: q || undefined, limit: 20 }).then((p) => p.data),
    toOption: (p) => ({ value: p.id, label: personName(p) }),
    enabled: canLink,
  });
  const link = useMutation({
    mutationFn: () => peopleApi.link(personId!, companyId, role.trim() || null),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: timelineKey('person', personId!) });
      void qc.invalidateQueries({ queryKey: timelineKey('company', companyId) });
      void qc.invalidateQueries({ queryKey: ['person-companies', personId] });
      setPersonId(null);
      setRole('');
      return qc.invalidateQueries({ queryKey: key });
    },
    onError: notify.error,
  });
  const rows = people.data?.data ?? [];
  return (
    <Stack gap="xs" data-testid="company-people">
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('companies.noPeople')}
        </Text>
      ) : (
        rows.map(({ role: r, person }) => (
          <Text key={person.id} size="sm">
            <Anchor component={Link} to={`/customers/people/${person.id}`}>
              {personName(person)}
            </Anchor>
            {r ? ` · ${r}` : ''}
          </Text>
        ))
      )}
      {canLink && (
        <Group gap="xs" align="flex-end">
          <Select
            aria-label={t('tasks.fields.person')}
            placeholder={t('tasks.searchPerson')}
            searchable
            clearable
            searchValue={found.search}
            onSearchChange={found.setSearch}
            data={found.options}
            value={personId}
            onChange={setPersonId}
            filter={({ options }) => options}
            nothingFoundMessage={t('tasks.noPeople')}
            style={{ flex: '1 1 200px' }}
          />
          <TextInput
            aria-label={t('people.role')}
            placeholder={t('people.role')}
            w={120}
            value={role}
            onChange={(e) => setRole(e.currentTarget.value)}
          />
          <Button
            variant="light"
            leftSection={<IconLink size={14} />}
            disabled={!personId}
            loading={link.isPending}
            onClick={() => link.mutate()}
          >
            {t('people.link')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
