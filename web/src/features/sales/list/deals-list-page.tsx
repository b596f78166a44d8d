import { Collapse, Group, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUrl } from '../../../api/client.js';
import { ListResults } from '../../../shared/list/list-results.js';
import { ExportButton, FilterToggle, ListSearch } from '../../../shared/list/list-toolbar.js';
import { countConditions, listQueryOf, useCursorList } from '../../../shared/list/use-cursor-list.js';
import { useListState } from '../../../shared/list/use-list-state.js';
import { useCan } from '../../auth/use-session.js';
import type { FilterNode } from '../../customers/customers.types.js';
import { FilterBuilder } from '../../customers/filter/filter-builder.js';
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
  const { search, setSearch, q, sort, setSort, filter, showFilter, toggleFilter, applyFilter } =
    useListState();
  // The pipeline is a condition of its own, and'ed with the user's tree.
  const scoped: FilterNode = {
    and: [{ field: 'pipelineId', op: 'eq', value: pipeline?.id ?? '' }, ...(filter ? [filter] : [])],
  };
  const query = listQueryOf({ q, sort, filter: scoped });
  const { list, rows, filterErrors, filterInvalid } = useCursorList({
    key: dealsKey,
    query,
    fetch: salesApi.list,
    enabled: !!pipeline,
    // Server paths are of the scoped tree: and[1] is the user's tree.
    errorPath: (path) => path.replace(/^and\[1\]\.?/, ''),
  });
  return (
    <Stack data-testid="deals-list">
      <Group justify="space-between">
        <Group gap="xs">
          <ListSearch label={t('sales.search')} value={search} onChange={setSearch} />
          <FilterToggle open={showFilter} conditions={countConditions(filter)} onToggle={toggleFilter} />
        </Group>
        {can('deals:export') && (
          <ExportButton
            href={buildUrl('/deals', { ...query, format: 'csv' })}
            fileName="deals.csv"
            label={t('sales.export')}
          />
        )}
      </Group>
      <Collapse in={showFilter || filterInvalid}>
        <FilterBuilder fields={fields} applied={filter} errors={filterErrors} onApply={applyFilter} />
      </Collapse>
      <ListResults list={list} count={rows.length} filterInvalid={filterInvalid} empty={t('sales.noDeals')}>
        <DealsTable rows={rows} stages={stages} sort={sort} onSort={setSort} onOpen={openDeal} />
      </ListResults>
    </Stack>
  );
}
