import { Badge, Button, Center, Collapse, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconFilter, IconPlus, IconSearch, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildUrl, isApiError } from '../../../api/client.js';
import { ErrorAlert, PageLoader } from '../../../shared/page-states.js';
import { useCan } from '../../auth/use-session.js';
import type { FilterNode, SavedView } from '../customers.types.js';
import { FilterBuilder } from '../filter/filter-builder.js';
import { isEmptyFilter } from '../filter/filter-model.js';
import { CreatePersonModal } from '../person/create-person-modal.js';
import { ViewPicker } from '../views/view-picker.js';
import { ColumnChooser } from './column-chooser.js';
import { DEFAULT_PEOPLE_COLUMNS } from './people-fields.js';
import { PeopleTable } from './people-table.js';
import { usePeopleFields, usePeopleList } from './use-people-list.js';

export function PeopleListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const fields = usePeopleFields();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [sort, setSort] = useState('');
  const [filter, setFilter] = useState<FilterNode | null>(null);
  const [columns, setColumns] = useState<string[]>(DEFAULT_PEOPLE_COLUMNS);
  const [viewId, setViewId] = useState<string | null>(null);
  const [showFilter, setShowFilter] = useState(false);
  const [creating, setCreating] = useState(false);
  const { list, rows, filterErrors, query } = usePeopleList({ q, sort, filter });
  const filterInvalid = Object.keys(filterErrors).length > 0;
  const applyView = (view: SavedView | null) => {
    setViewId(view?.id ?? null);
    setFilter(view?.filter ?? null);
    setSort(view?.sort ?? '');
    setColumns(view?.columns?.length ? view.columns : DEFAULT_PEOPLE_COLUMNS);
  };
  // A changed filter is no longer the saved view; the picker goes back to "All people".
  const applyFilter = (next: FilterNode | null) => {
    setFilter(next);
    setViewId(null);
  };
  const conditions = isEmptyFilter(filter) ? 0 : JSON.stringify(filter).split('"field"').length - 1;

  return (
    <Stack data-testid="people-page">
      <Group justify="space-between">
        <Group gap="xs">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('people.search')}
            aria-label={t('people.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={260}
            data-testid="people-search"
          />
          <Button
            variant={showFilter ? 'light' : 'default'}
            leftSection={<IconFilter size={16} />}
            rightSection={
              conditions ? (
                <Badge size="xs" circle>
                  {conditions}
                </Badge>
              ) : null
            }
            onClick={() => setShowFilter((v) => !v)}
            data-testid="filter-toggle"
          >
            {t('filter.title')}
          </Button>
          <ViewPicker
            entity="person"
            current={{ filter, sort: sort || null, columns }}
            selectedId={viewId}
            onSelect={applyView}
          />
        </Group>
        <Group gap="xs">
          <ColumnChooser fields={fields} columns={columns} onChange={setColumns} />
          {can('people:export') && (
            <Button
              component="a"
              variant="default"
              href={buildUrl('/people', { ...query, format: 'csv' })}
              download="people.csv"
              leftSection={<IconDownload size={16} />}
              data-testid="people-export"
            >
              {t('people.export')}
            </Button>
          )}
          {can('imports:create') && (
            <Button
              component={Link}
              to="/customers/import"
              variant="default"
              leftSection={<IconUpload size={16} />}
            >
              {t('people.import')}
            </Button>
          )}
          {can('people:create') && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setCreating(true)}
              data-testid="person-create"
            >
              {t('people.create')}
            </Button>
          )}
        </Group>
      </Group>
      <Collapse in={showFilter || filterInvalid}>
        <FilterBuilder fields={fields} applied={filter} errors={filterErrors} onApply={applyFilter} />
      </Collapse>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError && !filterInvalid ? (
        <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      ) : rows.length === 0 ? (
        <Center py="xl">
          <Text c="dimmed" data-testid="people-empty">
            {q || !isEmptyFilter(filter) || isApiError(list.error)
              ? t('people.noMatches')
              : t('people.empty')}
          </Text>
        </Center>
      ) : (
        <>
          <PeopleTable rows={rows} columns={columns} fields={fields} sort={sort} onSort={setSort} />
          {list.hasNextPage && (
            <Center>
              <Button
                variant="default"
                loading={list.isFetchingNextPage}
                onClick={() => list.fetchNextPage()}
                data-testid="people-more"
              >
                {t('common.loadMore')}
              </Button>
            </Center>
          )}
        </>
      )}
      {creating && <CreatePersonModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
