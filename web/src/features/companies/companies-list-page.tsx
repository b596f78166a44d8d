import { Anchor, Button, Center, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconPlus, IconSearch } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildUrl } from '../../api/client.js';
import { useFormat } from '../../shared/format.js';
import { ErrorAlert, PageLoader } from '../../shared/page-states.js';
import { useCan } from '../auth/use-session.js';
import { companiesApi, companiesKey } from './companies.api.js';
import { CreateCompanyModal } from './create-company-modal.js';

export function CompaniesListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [creating, setCreating] = useState(false);
  const list = useInfiniteQuery({
    queryKey: [...companiesKey, 'list', q],
    queryFn: ({ pageParam }) => companiesApi.list({ q: q || undefined, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
  });
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  return (
    <Stack data-testid="companies-page">
      <Group justify="space-between">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('companies.search')}
          aria-label={t('companies.search')}
          w={280}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
        />
        <Group gap="xs">
          {can('companies:export') && (
            <Button
              component="a"
              variant="default"
              href={buildUrl('/companies', { q, format: 'csv' })}
              download="companies.csv"
              leftSection={<IconDownload size={16} />}
            >
              {t('people.export')}
            </Button>
          )}
          {can('companies:create') && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setCreating(true)}
              data-testid="company-create"
            >
              {t('companies.create')}
            </Button>
          )}
        </Group>
      </Group>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError ? (
        <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      ) : rows.length === 0 ? (
        <Center py="xl">
          <Text c="dimmed">{q ? t('companies.noMatches') : t('companies.empty')}</Text>
        </Center>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                {(['name', 'domain', 'industry', 'city', 'createdAt'] as const).map((c) => (
                  <Table.Th key={c}>{t(`companies.fields.${c}`)}</Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/customers/companies/${c.id}`} fw={500}>
                      {c.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{c.domain ?? '—'}</Table.Td>
                  <Table.Td>{c.industry ?? '—'}</Table.Td>
                  <Table.Td>{c.address?.city ?? '—'}</Table.Td>
                  <Table.Td>{fmt.date(c.createdAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {list.hasNextPage && (
        <Center>
          <Button variant="default" loading={list.isFetchingNextPage} onClick={() => list.fetchNextPage()}>
            {t('common.loadMore')}
          </Button>
        </Center>
      )}
      {creating && <CreateCompanyModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
