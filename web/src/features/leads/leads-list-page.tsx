import { Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateButton } from '../../shared/create-button.js';
import { ListHeader } from '../../shared/list/list-header.js';
import { ListResults } from '../../shared/list/list-results.js';
import { ExportButton } from '../../shared/list/list-toolbar.js';
import { useListPage } from '../../shared/list/use-list-page.js';
import { useSearchParam } from '../../shared/use-search-param.js';
import { useCan } from '../auth/use-session.js';
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
  const page = useListPage({ key: leadsKey, fetch: leadsApi.list, initialSort: '-score' });
  const [creating, setCreating] = useState(false);
  const [leadId, setLead] = useSearchParam('lead');
  return (
    <Stack data-testid="leads-list">
      <ListHeader
        page={page}
        fields={fields}
        searchLabel={t('leads.search')}
        actions={
          <>
            {can('leads:export') && (
              <ExportButton path="/leads" query={page.query} fileName="leads.csv" label={t('leads.export')} />
            )}
            {can('leads:create') && (
              <CreateButton
                label={t('leads.newLead')}
                onClick={() => setCreating(true)}
                testId="lead-create"
              />
            )}
          </>
        }
      />
      <ListResults results={page} empty={t('leads.noLeads')}>
        <LeadsTable rows={page.rows} sort={page.sort} onSort={page.setSort} onOpen={setLead} />
      </ListResults>
      {creating && <CreateLeadModal onClose={() => setCreating(false)} onCreated={setLead} />}
      {leadId && <LeadDrawer leadId={leadId} onClose={() => setLead(null)} />}
    </Stack>
  );
}
