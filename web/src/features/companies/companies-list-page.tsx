import { Anchor, Button, Collapse, Group, Stack, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildUrl, isApiError } from '../../api/client.js';
import { useFormat } from '../../shared/format.js';
import { ListResults } from '../../shared/list/list-results.js';
import { ExportButton, FilterToggle, ListSearch } from '../../shared/list/list-toolbar.js';
import { SortButton } from '../../shared/list/sort-button.js';
import { countConditions, listQueryOf, useCursorList } from '../../shared/list/use-cursor-list.js';
import { useListState } from '../../shared/list/use-list-state.js';
import { useCan } from '../auth/use-session.js';
import { FilterBuilder } from '../customers/filter/filter-builder.js';
import { isEmptyFilter } from '../customers/filter/filter-model.js';
import { ViewPicker } from '../customers/views/view-picker.js';
import { companiesApi, companiesKey } from './companies.api.js';
import { useCompanyFields } from './company-list-fields.js';
import { CreateCompanyModal } from './create-company-modal.js';

const COLUMNS = ['name', 'domain', 'industry', 'city', 'createdAt'] as const;

/**
 * Customers → Companies: quick search, the shared filter builder over standard and custom company
 * fields, sort by a column, saved views (filter + sort), CSV export of the selection.
 */
export function CompaniesListPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const can = useCan();
  const fields = useCompanyFields();
  const {
    search,
    setSearch,
    q,
    sort,
    setSort,
    filter,
    viewId,
    showFilter,
    toggleFilter,
    applyFilter,
    applyView,
  } = useListState();
  const [creating, setCreating] = useState(false);
  const query = listQueryOf({ q, sort, filter });
  const { list, rows, filterErrors, filterInvalid } = useCursorList({
    key: companiesKey,
    query,
    fetch: companiesApi.list,
  });
  return (
    <Stack data-testid="companies-page">
      <Group justify="space-between">
        <Group gap="xs">
          <ListSearch
            label={t('companies.search')}
            value={search}
            onChange={setSearch}
            testId="companies-search"
          />
          <FilterToggle open={showFilter} conditions={countConditions(filter)} onToggle={toggleFilter} />
          <ViewPicker
            entity="company"
            allLabel={t('companies.allCompanies')}
            current={{ filter, sort: sort || null, columns: [...COLUMNS] }}
            selectedId={viewId}
            onSelect={applyView}
          />
        </Group>
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
      <Collapse in={showFilter || filterInvalid}>
        <FilterBuilder fields={fields} applied={filter} errors={filterErrors} onApply={applyFilter} />
      </Collapse>
      <ListResults
        list={list}
        count={rows.length}
        filterInvalid={filterInvalid}
        empty={
          q || !isEmptyFilter(filter) || isApiError(list.error)
            ? t('companies.noMatches')
            : t('companies.empty')
        }
        emptyTestId="companies-empty"
      >
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover verticalSpacing="xs" data-testid="companies-table">
            <Table.Thead>
              <Table.Tr>
                {COLUMNS.map((c) => (
                  <Table.Th key={c}>
                    <SortButton label={t(`companies.fields.${c}`)} name={c} sort={sort} onSort={setSort} />
                  </Table.Th>
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
