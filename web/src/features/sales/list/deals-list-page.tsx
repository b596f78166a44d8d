import { Badge, Button, Center, Collapse, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconFilter, IconSearch } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buildUrl, isApiError } from '../../../api/client.js';
import { ErrorAlert, PageLoader } from '../../../shared/page-states.js';
import { useCan } from '../../auth/use-session.js';
import type { FilterNode } from '../../customers/customers.types.js';
import { FilterBuilder } from '../../customers/filter/filter-builder.js';
import { isEmptyFilter, nodePathOf } from '../../customers/filter/filter-model.js';
import { listQueryOf } from '../../customers/list/use-people-list.js';
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
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [sort, setSort] = useState('');
  const [filter, setFilter] = useState<FilterNode | null>(null);
  const [showFilter, setShowFilter] = useState(false);
  // The pipeline is a condition of its own, and'ed with the user's tree.
  const scoped: FilterNode = {
    and: [{ field: 'pipelineId', op: 'eq', value: pipeline?.id ?? '' }, ...(filter ? [filter] : [])],
  };
  const query = listQueryOf({ q, sort, filter: scoped });
  const list = useInfiniteQuery({
    queryKey: [...dealsKey, 'list', query],
    queryFn: ({ pageParam }) => salesApi.list({ ...query, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
    enabled: !!pipeline,
    retry: (count, err) => !isApiError(err, 400) && count < 2,
  });
  const errors: Record<string, string> = {};
  if (isApiError(list.error, 400) && list.error.code === 'invalid_filter')
    // Server paths are of the scoped tree: and[1] is the user's tree.
    for (const e of list.error.errors) errors[nodePathOf(e.path).replace(/^and\[1\]\.?/, '')] = e.message;
  const invalid = Object.keys(errors).length > 0;
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  const conditions = isEmptyFilter(filter) ? 0 : JSON.stringify(filter).split('"field"').length - 1;
  return (
    <Stack data-testid="deals-list">
      <Group justify="space-between">
        <Group gap="xs">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('sales.search')}
            aria-label={t('sales.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            w={260}
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
          >
            {t('filter.title')}
          </Button>
        </Group>
        {can('deals:export') && (
          <Button
            component="a"
            variant="default"
            href={buildUrl('/deals', { ...query, format: 'csv' })}
            download="deals.csv"
            leftSection={<IconDownload size={16} />}
          >
            {t('sales.export')}
          </Button>
        )}
      </Group>
      <Collapse in={showFilter || invalid}>
        <FilterBuilder fields={fields} applied={filter} errors={errors} onApply={setFilter} />
      </Collapse>
      {list.isPending ? (
        <PageLoader />
      ) : list.isError && !invalid ? (
        <ErrorAlert error={list.error} onRetry={() => list.refetch()} />
      ) : rows.length === 0 ? (
        <Center py="xl">
          <Text c="dimmed">{t('sales.noDeals')}</Text>
        </Center>
      ) : (
        <>
          <DealsTable rows={rows} stages={stages} sort={sort} onSort={setSort} onOpen={openDeal} />
          {list.hasNextPage && (
            <Center>
              <Button
                variant="default"
                loading={list.isFetchingNextPage}
                onClick={() => list.fetchNextPage()}
              >
                {t('common.loadMore')}
              </Button>
            </Center>
          )}
        </>
      )}
    </Stack>
  );
}
