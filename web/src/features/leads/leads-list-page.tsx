import { Badge, Button, Center, Collapse, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconDownload, IconFilter, IconPlus, IconSearch } from '@tabler/icons-react';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { buildUrl, isApiError } from '../../api/client.js';
import { ErrorAlert, PageLoader } from '../../shared/page-states.js';
import { useCan } from '../auth/use-session.js';
import type { FilterNode } from '../customers/customers.types.js';
import { FilterBuilder } from '../customers/filter/filter-builder.js';
import { isEmptyFilter, nodePathOf } from '../customers/filter/filter-model.js';
import { listQueryOf } from '../customers/list/use-people-list.js';
import { CreateLeadModal } from './create-lead-modal.js';
import { LeadDrawer } from './lead-drawer.js';
import { leadFields } from './lead-fields.js';
import { leadsApi, leadsKey, useContactSources } from './leads.api.js';
import { LeadsTable } from './leads-table.js';

/** Sales → Leads: hottest first, the shared filter builder, quick search, CSV; `?lead=<id>` opens one. */
export function LeadsListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const sources = useContactSources();
  const fields = useMemo(
    () => leadFields((s) => t(`leads.status.${s}`), sources.data ?? []),
    [t, sources.data],
  );
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 300);
  const [sort, setSort] = useState('-score');
  const [filter, setFilter] = useState<FilterNode | null>(null);
  const [showFilter, setShowFilter] = useState(false);
  const [creating, setCreating] = useState(false);
  const query = listQueryOf({ q, sort, filter });
  const list = useInfiniteQuery({
    queryKey: [...leadsKey, 'list', query],
    queryFn: ({ pageParam }) => leadsApi.list({ ...query, cursor: pageParam }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor ?? null,
    retry: (count, err) => !isApiError(err, 400) && count < 2,
  });
  const errors: Record<string, string> = {};
  if (isApiError(list.error, 400) && list.error.code === 'invalid_filter')
    for (const e of list.error.errors) errors[nodePathOf(e.path)] = e.message;
  const invalid = Object.keys(errors).length > 0;
  const rows = list.data?.pages.flatMap((p) => p.data) ?? [];
  const conditions = isEmptyFilter(filter) ? 0 : JSON.stringify(filter).split('"field"').length - 1;
  const setLead = (id: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (id) next.set('lead', id);
      else next.delete('lead');
      return next;
    });
  const leadId = params.get('lead');
  return (
    <Stack data-testid="leads-list">
      <Group justify="space-between">
        <Group gap="xs">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('leads.search')}
            aria-label={t('leads.search')}
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
        <Group gap="xs">
          {can('leads:export') && (
            <Button
              component="a"
              variant="default"
              href={buildUrl('/leads', { ...query, format: 'csv' })}
              download="leads.csv"
              leftSection={<IconDownload size={16} />}
            >
              {t('leads.export')}
            </Button>
          )}
          {can('leads:create') && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setCreating(true)}
              data-testid="lead-create"
            >
              {t('leads.newLead')}
            </Button>
          )}
        </Group>
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
          <Text c="dimmed">{t('leads.noLeads')}</Text>
        </Center>
      ) : (
        <>
          <LeadsTable rows={rows} sort={sort} onSort={setSort} onOpen={setLead} />
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
      {creating && <CreateLeadModal onClose={() => setCreating(false)} onCreated={setLead} />}
      {leadId && <LeadDrawer leadId={leadId} onClose={() => setLead(null)} />}
    </Stack>
  );
}
