import { Button, Stack } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CreateButton } from '../../shared/create-button.js';
import { ListHeader } from '../../shared/list/list-header.js';
import { ListResults } from '../../shared/list/list-results.js';
import { ExportButton } from '../../shared/list/list-toolbar.js';
import { useListPage } from '../../shared/list/use-list-page.js';
import { useCan } from '../auth/use-session.js';
import { useFields } from '../customers/customers.api.js';
import { companiesApi, companiesKey } from './companies.api.js';
import { COMPANY_COLUMNS, CompaniesTable } from './companies-table.js';
import { useCompanyFields } from './company-list-fields.js';
import { CreateCompanyModal } from './create-company-modal.js';

/**
 * Customers → Companies: quick search, the shared filter builder over standard and custom company
 * fields, sort by a column, saved views (filter + sort), CSV export of the selection.
 */
export function CompaniesListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const fields = useCompanyFields();
  const fieldsLoaded = useFields('company').isSuccess;
  const page = useListPage({ key: companiesKey, fetch: companiesApi.list, keepAs: 'companies' });
  const [creating, setCreating] = useState(false);
  return (
    <Stack data-testid="companies-page">
      <ListHeader
        page={page}
        fields={fields}
        searchLabel={t('companies.search')}
        searchTestId="companies-search"
        views={{
          entity: 'company',
          allLabel: t('companies.allCompanies'),
          columns: COMPANY_COLUMNS,
          fieldsLoaded,
        }}
        actions={
          <>
            {can('companies:export') && (
              <ExportButton
                path="/companies"
                query={page.query}
                fileName="companies.csv"
                label={t('people.export')}
              />
            )}
            {/* The empty list says "create one or import a CSV": the import opens on companies. */}
            {can('imports:create') && can('companies:create') && (
              <Button
                component={Link}
                to="/customers/import?entity=companies"
                variant="default"
                leftSection={<IconUpload size={16} />}
                data-testid="companies-import"
              >
                {t('people.import')}
              </Button>
            )}
            {can('companies:create') && (
              <CreateButton
                label={t('companies.create')}
                onClick={() => setCreating(true)}
                testId="company-create"
              />
            )}
          </>
        }
      />
      <ListResults
        results={page}
        empty={t('companies.empty')}
        noMatches={t('companies.noMatches')}
        emptyTestId="companies-empty"
      >
        <CompaniesTable rows={page.rows} sort={page.sort} onSort={page.setSort} />
      </ListResults>
      {creating && <CreateCompanyModal onClose={() => setCreating(false)} />}
    </Stack>
  );
}
