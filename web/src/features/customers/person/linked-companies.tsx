import { ActionIcon, Anchor, Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { IconLink, IconUnlink } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useNotify } from '../../../shared/notify.js';
import { useSearchOptions } from '../../../shared/use-search-options.js';
import { companiesApi } from '../../companies/companies.api.js';
import { peopleApi, timelineKey } from '../customers.api.js';

/** The person's companies with their role; link another (search by name) or unlink one. */
export function LinkedCompanies({ personId, canEdit }: { personId: string; canEdit: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const key = ['person-companies', personId];
  const links = useQuery({
    queryKey: key,
    queryFn: () => peopleApi.companies(personId),
    select: (p) => p.data,
  });
  const [companyId, setCompanyId] = useState<string | null>(null);
  const [role, setRole] = useState('');
  const found = useSearchOptions({
    key: ['companies', 'pick'],
    fetch: (q) => companiesApi.list({ q: q || undefined, limit: 20 }).then((p) => p.data),
    toOption: (c) => ({ value: c.id, label: c.name }),
    enabled: canEdit,
  });
  const done = () => {
    void qc.invalidateQueries({ queryKey: timelineKey('person', personId) });
    return qc.invalidateQueries({ queryKey: key });
  };
  const link = useMutation({
    mutationFn: () => peopleApi.link(personId, companyId!, role.trim() || null),
    onSuccess: () => {
      setCompanyId(null);
      setRole('');
      return done();
    },
    onError: notify.error,
  });
  const unlink = useMutation({
    mutationFn: (id: string) => peopleApi.unlink(personId, id),
    onSuccess: done,
    onError: notify.error,
  });
  return (
    <Stack gap="xs" data-testid="linked-companies">
      {(links.data ?? []).length === 0 && (
        <Text size="sm" c="dimmed">
          {t('people.noCompanies')}
        </Text>
      )}
      {(links.data ?? []).map(({ role: r, company }) => (
        <Group key={company.id} justify="space-between">
          <Text size="sm">
            <Anchor component={Link} to={`/customers/companies/${company.id}`}>
              {company.name}
            </Anchor>
            {r ? ` · ${r}` : ''}
          </Text>
          {canEdit && (
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('people.unlink')}
              onClick={() => unlink.mutate(company.id)}
            >
              <IconUnlink size={16} />
            </ActionIcon>
          )}
        </Group>
      ))}
      {canEdit && (
        // In a narrow column (1024 px, Russian labels) role and button go under the company picker
        // rather than squeezing it to a few letters.
        <Group gap="xs" align="flex-end">
          <Select
            aria-label={t('people.company')}
            placeholder={t('people.company')}
            searchable
            clearable
            searchValue={found.search}
            onSearchChange={found.setSearch}
            data={found.options}
            value={companyId}
            onChange={setCompanyId}
            style={{ flex: '1 1 180px' }}
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
            disabled={!companyId}
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
