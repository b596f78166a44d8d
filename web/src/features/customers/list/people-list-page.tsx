import { Button, Collapse, Group, Stack } from '@mantine/core';
import { IconPlus, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buildUrl, isApiError } from '../../../api/client.js';
import { ListResults } from '../../../shared/list/list-results.js';
import { ExportButton, FilterToggle, ListSearch } from '../../../shared/list/list-toolbar.js';
import { countConditions, listQueryOf, useCursorList } from '../../../shared/list/use-cursor-list.js';
import { useListState } from '../../../shared/list/use-list-state.js';
import { useCan } from '../../auth/use-session.js';
import { peopleApi, peopleKey } from '../customers.api.js';
import type { SavedView } from '../customers.types.js';
import { FilterBuilder } from '../filter/filter-builder.js';
import { isEmptyFilter } from '../filter/filter-model.js';
import { CreatePersonModal } from '../person/create-person-modal.js';
import { ViewPicker } from '../views/view-picker.js';
import { ColumnChooser } from './column-chooser.js';
import { DEFAULT_PEOPLE_COLUMNS } from './people-fields.js';
import { PeopleTable } from './people-table.js';
import { usePeopleFields } from './use-people-fields.js';

export function PeopleListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const fields = usePeopleFields();
  const state = useListState();
  const { search, setSearch, q, sort, setSort, filter, viewId, showFilter, applyFilter } = state;
  const [columns, setColumns] = useState<string[]>(DEFAULT_PEOPLE_COLUMNS);
  const [creating, setCreating] = useState(false);
  const query = listQueryOf({ q, sort, filter });
  const { list, rows, filterErrors, filterInvalid } = useCursorList({
    key: peopleKey,
    query,
    fetch: peopleApi.list,
  });
  // A view of people also brings its columns back.
  const applyView = (view: SavedView | null) => {
    state.applyView(view);
    setColumns(view?.columns?.length ? view.columns : DEFAULT_PEOPLE_COLUMNS);
  };

  return (
    <Stack data-testid="people-page">
      <Group justify="space-between">
        <Group gap="xs">
          <ListSearch label={t('people.search')} value={search} onChange={setSearch} testId="people-search" />
          <FilterToggle
            open={showFilter}
            conditions={countConditions(filter)}
            onToggle={state.toggleFilter}
          />
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
            <ExportButton
              href={buildUrl('/people', { ...query, format: 'csv' })}
              fileName="people.csv"
              label={t('people.export')}
              testId="people-export"
            />
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
      <ListResults
        list={list}
        count={rows.length}
        filterInvalid={filterInvalid}
        empty={
          q || !isEmptyFilter(filter) || isApiError(list.error) ? t('people.noMatches') : t('people.empty')
        }
        emptyTestId="people-empty"
        moreTestId="people-more"
      >
        <PeopleTable rows={rows} columns={columns} fields={fields} sort={sort} onSort={setSort} />
      </ListResults>
      {creating && <CreatePersonModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
