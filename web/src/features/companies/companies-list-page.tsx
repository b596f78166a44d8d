import { Anchor, Button, Group, Stack, Table } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildUrl } from '../../api/client.js';
import { useFormat } from '../../shared/format.js';
import { ListResults } from '../../shared/list/list-results.js';
import { ExportButton, ListSearch } from '../../shared/list/list-toolbar.js';
import { listQueryOf, useCursorList } from '../../shared/list/use-cursor-list.js';
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
  const query = listQueryOf({ q, sort: '', filter: null });
  const { list, rows } = useCursorList({ key: companiesKey, query, fetch: companiesApi.list });
  return (
    <Stack data-testid="companies-page">
      <Group justify="space-between">
        <ListSearch label={t('companies.search')} value={search} onChange={setSearch} />
        <Group gap="xs">
          {can('companies:export') && (
            <ExportButton
              href={buildUrl('/companies', { ...query, format: 'csv' })}
              fileName="companies.csv"
              label={t('people.export')}
            />
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
      <ListResults
        list={list}
        count={rows.length}
        empty={q ? t('companies.noMatches') : t('companies.empty')}
      >
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
      </ListResults>
      {creating && <CreateCompanyModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
