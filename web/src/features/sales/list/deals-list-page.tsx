import { Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ListHeader } from '../../../shared/list/list-header.js';
import { ListResults } from '../../../shared/list/list-results.js';
import { ExportButton } from '../../../shared/list/list-toolbar.js';
import { useListPage } from '../../../shared/list/use-list-page.js';
import { useCan } from '../../auth/use-session.js';
import { dealsKey, salesApi, useLabel } from '../sales.api.js';
import { useSales } from '../sales-layout.js';
import { dealFields } from './deal-fields.js';
import { DealsTable } from './deals-table.js';

/** Deals of the picked pipeline with the shared filter builder, quick search, sort and CSV export. */
export function DealsListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const label = useLabel();
  const { pipeline, openDeal } = useSales();
  const stages = pipeline?.stages ?? [];
  const fields = useMemo(() => dealFields(stages, label), [stages, label]);
  const page = useListPage({
    key: dealsKey,
    fetch: salesApi.list,
    enabled: !!pipeline,
    // The pipeline is a condition of its own, and'ed with the user's tree.
    scope: (filter) => ({
      and: [{ field: 'pipelineId', op: 'eq', value: pipeline?.id ?? '' }, ...(filter ? [filter] : [])],
    }),
    // Server paths are of the scoped tree: and[1] is the user's tree.
    errorPath: (path) => path.replace(/^and\[1\]\.?/, ''),
  });
  return (
    <Stack data-testid="deals-list">
      <ListHeader
        page={page}
        fields={fields}
        searchLabel={t('sales.search')}
        actions={
          can('deals:export') && (
            <ExportButton path="/deals" query={page.query} fileName="deals.csv" label={t('sales.export')} />
          )
        }
      />
      <ListResults results={page} empty={t('sales.noDeals')}>
        <DealsTable
          rows={page.rows}
          stages={stages}
          sort={page.sort}
          onSort={page.setSort}
          onOpen={openDeal}
        />
      </ListResults>
    </Stack>
  );
}
