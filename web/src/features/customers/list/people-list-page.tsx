import { Button, Stack } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CreateButton } from '../../../shared/create-button.js';
import { KEPT_LISTS, useKeptState } from '../../../shared/kept-state.js';
import { ListHeader } from '../../../shared/list/list-header.js';
import { ListResults } from '../../../shared/list/list-results.js';
import { ExportButton } from '../../../shared/list/list-toolbar.js';
import { useListPage } from '../../../shared/list/use-list-page.js';
import { useCan } from '../../auth/use-session.js';
import { peopleApi, peopleKey, useFields } from '../customers.api.js';
import type { SavedView } from '../customers.types.js';
import { CreatePersonModal } from '../person/create-person-modal.js';
import { ColumnChooser } from './column-chooser.js';
import { DEFAULT_PEOPLE_COLUMNS } from './people-fields.js';
import { PeopleTable } from './people-table.js';
import { usePeopleFields } from './use-people-fields.js';

export function PeopleListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const fields = usePeopleFields();
  const fieldsLoaded = useFields('person').isSuccess;
  const page = useListPage({ key: peopleKey, fetch: peopleApi.list, keepAs: 'people' });
  const [columns, setColumns] = useKeptState<string[]>(`${KEPT_LISTS}people.columns`, DEFAULT_PEOPLE_COLUMNS);
  const [creating, setCreating] = useState(false);
  // A view of people also brings its columns back.
  const applyView = (view: SavedView | null) => {
    page.applyView(view);
    setColumns(view?.columns?.length ? view.columns : DEFAULT_PEOPLE_COLUMNS);
  };

  return (
    <Stack data-testid="people-page">
      <ListHeader
        page={page}
        fields={fields}
        searchLabel={t('people.search')}
        searchTestId="people-search"
        views={{ entity: 'person', columns, onSelect: applyView, fieldsLoaded }}
        actions={
          <>
            <ColumnChooser fields={fields} columns={columns} onChange={setColumns} />
            {can('people:export') && (
              <ExportButton
                path="/people"
                query={{ ...page.query, columns: columns.join(',') }}
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
              <CreateButton
                label={t('people.create')}
                onClick={() => setCreating(true)}
                testId="person-create"
              />
            )}
          </>
        }
      />
      <ListResults
        results={page}
        empty={t('people.empty')}
        noMatches={t('people.noMatches')}
        emptyTestId="people-empty"
        moreTestId="people-more"
      >
        <PeopleTable
          rows={page.rows}
          columns={columns}
          fields={fields}
          sort={page.sort}
          onSort={page.setSort}
        />
      </ListResults>
      {creating && <CreatePersonModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
