import { Button, Collapse, Group, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { buildUrl } from '../../api/client.js';
import { ListResults } from '../../shared/list/list-results.js';
import { ExportButton, FilterToggle, ListSearch } from '../../shared/list/list-toolbar.js';
import { countConditions, listQueryOf, useCursorList } from '../../shared/list/use-cursor-list.js';
import { useCan } from '../auth/use-session.js';
import type { FilterNode } from '../customers/customers.types.js';
import { FilterBuilder } from '../customers/filter/filter-builder.js';
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
  const { list, rows, filterErrors, filterInvalid } = useCursorList({
    key: leadsKey,
    query,
    fetch: leadsApi.list,
  });
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
          <ListSearch label={t('leads.search')} value={search} onChange={setSearch} />
          <FilterToggle
            open={showFilter}
            conditions={countConditions(filter)}
            onToggle={() => setShowFilter((v) => !v)}
          />
        </Group>
        <Group gap="xs">
          {can('leads:export') && (
            <ExportButton
              href={buildUrl('/leads', { ...query, format: 'csv' })}
              fileName="leads.csv"
              label={t('leads.export')}
            />
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
      <Collapse in={showFilter || filterInvalid}>
        <FilterBuilder fields={fields} applied={filter} errors={filterErrors} onApply={setFilter} />
      </Collapse>
      <ListResults list={list} count={rows.length} filterInvalid={filterInvalid} empty={t('leads.noLeads')}>
        <LeadsTable rows={rows} sort={sort} onSort={setSort} onOpen={setLead} />
      </ListResults>
      {creating && <CreateLeadModal onClose={() => setCreating(false)} onCreated={setLead} />}
      {leadId && <LeadDrawer leadId={leadId} onClose={() => setLead(null)} />}
    </Stack>
  );
}
