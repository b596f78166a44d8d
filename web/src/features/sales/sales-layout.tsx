import { Group, Select, Stack, Tabs, Title } from '@mantine/core';
import {
  IconChartBar,
  IconFilter2,
  IconLayoutKanban,
  IconList,
  IconPackage,
  IconShoppingCart,
  IconTags,
  IconUserSearch,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useOutletContext, useSearchParams } from 'react-router';
import { CreateButton } from '../../shared/create-button.js';
import { SuspenseOutlet } from '../../shared/suspense-outlet.js';
import { useCan } from '../auth/use-session.js';
import { CreateDealModal } from './deal/create-deal-modal.js';
import { DealDrawer } from './deal/deal-drawer.js';
import { useLabel, usePipelines } from './sales.api.js';
import type { Pipeline } from './sales.types.js';

const TABS = [
  { key: 'board', icon: IconLayoutKanban },
  { key: 'list', icon: IconList },
  { key: 'forecast', icon: IconChartBar },
  { key: 'funnel', icon: IconFilter2 },
  { key: 'leads', icon: IconUserSearch, permission: 'leads:read' },
  { key: 'orders', icon: IconShoppingCart, permission: 'orders:read' },
  { key: 'products', icon: IconPackage, permission: 'products:read' },
  { key: 'price-lists', icon: IconTags, permission: 'products:read' },
] as const;

/** The tabs that show one pipeline; leads, orders and the catalogue do not belong to one. */
const PIPELINE_TABS = new Set(['board', 'list', 'forecast', 'funnel']);

export interface SalesContext {
  pipeline: Pipeline | undefined;
  openDeal: (dealId: string) => void;
}

export const useSales = () => useOutletContext<SalesContext>();

/** Sales frame: pipeline picker (on the pipeline's tabs), sections as tabs, the deal drawer (?deal=<id>) and "new deal". */
export function SalesLayout() {
  const { t } = useTranslation();
  const can = useCan();
  const label = useLabel();
  const navigate = useNavigate();
  const current = useLocation().pathname.split('/')[2] ?? 'board';
  const [params, setParams] = useSearchParams();
  const [creating, setCreating] = useState(false);
  const pipelines = usePipelines();
  const list = pipelines.data ?? [];
  const pipeline =
    list.find((p) => p.id === params.get('pipeline')) ?? list.find((p) => p.isDefault) ?? list[0];
  const setParam = (key: string, value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  const dealId = params.get('deal');
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="md">
          <Title order={2}>{t('modules.sales.title')}</Title>
          {PIPELINE_TABS.has(current) && (
            <Select
              aria-label={t('sales.pipeline')}
              data={list.map((p) => ({ value: p.id, label: label(p) }))}
              value={pipeline?.id ?? null}
              onChange={(v) => setParam('pipeline', v)}
              allowDeselect={false}
              w={220}
              data-testid="pipeline-picker"
            />
          )}
        </Group>
        {can('deals:create') && (
          <CreateButton label={t('sales.newDeal')} onClick={() => setCreating(true)} testId="deal-create" />
        )}
      </Group>
      <Tabs
        value={current}
        onChange={(v) => v && navigate({ pathname: `/sales/${v}`, search: params.toString() })}
      >
        <Tabs.List>
          {TABS.filter((tab) => !('permission' in tab) || can(tab.permission)).map((tab) => (
            <Tabs.Tab
              key={tab.key}
              value={tab.key}
              leftSection={<tab.icon size={16} />}
              data-testid={`sales-tab-${tab.key}`}
            >
              {t(`sales.tabs.${tab.key}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <SuspenseOutlet
        context={{ pipeline, openDeal: (id: string) => setParam('deal', id) } satisfies SalesContext}
      />
      {creating && pipeline && <CreateDealModal pipeline={pipeline} onClose={() => setCreating(false)} />}
      {dealId && <DealDrawer dealId={dealId} onClose={() => setParam('deal', null)} />}
    </Stack>
  );
}
