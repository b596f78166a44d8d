import { Button, Group, Select, Stack } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CreateButton } from '../../shared/create-button.js';
import { ListResults } from '../../shared/list/list-results.js';
import { ExportButton, ListSearch } from '../../shared/list/list-toolbar.js';
import { listQueryOf, useCursorList } from '../../shared/list/use-cursor-list.js';
import { useSearchParam } from '../../shared/use-search-param.js';
import { useCan } from '../auth/use-session.js';
import type { FilterNode } from '../customers/customers.types.js';
import { OrderDrawer } from './order-drawer.js';
import { OrderFormModal } from './order-form-modal.js';
import { ORDER_CHANNELS, ORDER_STATUSES, ordersApi, ordersKey } from './orders.api.js';
import { OrdersTable } from './orders-table.js';

/** Periods offered above the list, as `withinLast` days (the server's clock decides "now"). */
const PERIODS = [7, 30, 90, 365];

/** The toolbar's choices as one filter tree (the list convention's `filter`). */
function ordersFilter(status: string | null, channel: string | null, days: string | null): FilterNode | null {
  const and: FilterNode[] = [];
  if (status) and.push({ field: 'status', op: 'eq', value: status });
  if (channel) and.push({ field: 'channel', op: 'eq', value: channel });
  if (days) and.push({ field: 'orderedAt', op: 'withinLast', value: { amount: Number(days), unit: 'day' } });
  return and.length ? { and } : null;
}

/**
 * Sales → Orders: newest first; search by order number, filter by status, channel and period; export.
 * The open order is in the address (`/orders?order=<id>`), so it can be linked and survives a reload.
 */
export function OrdersPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<string | null>(null);
  const [channel, setChannel] = useState<string | null>(null);
  const [days, setDays] = useState<string | null>(null);
  const [open, setOpen] = useSearchParam('order');
  const [creating, setCreating] = useState(false);
  const query = listQueryOf({ q, sort: '', filter: ordersFilter(status, channel, days) });
  const results = useCursorList({ key: ordersKey, query, fetch: ordersApi.list });
  const filtered = Boolean(q || status || channel || days);
  return (
    <Stack data-testid="orders-page">
      <Group justify="space-between" align="flex-end">
        <Group gap="xs">
          <ListSearch label={t('orders.search')} value={search} onChange={setSearch} testId="orders-search" />
          <Select
            aria-label={t('orders.status')}
            placeholder={t('orders.allStatuses')}
            data={ORDER_STATUSES.map((s) => ({ value: s, label: t(`orders.statuses.${s}`) }))}
            value={status}
            onChange={setStatus}
            clearable
            w={170}
            data-testid="orders-status"
          />
          <Select
            aria-label={t('orders.channel')}
            placeholder={t('orders.allChannels')}
            data={ORDER_CHANNELS.map((c) => ({ value: c, label: t(`orders.channels.${c}`) }))}
            value={channel}
            onChange={setChannel}
            clearable
            w={150}
          />
          <Select
            aria-label={t('orders.period')}
            placeholder={t('orders.allTime')}
            data={PERIODS.map((d) => ({ value: String(d), label: t('orders.lastDays', { count: d }) }))}
            value={days}
            onChange={setDays}
            clearable
            w={170}
          />
        </Group>
        <Group gap="xs">
          {can('orders:export') && (
            <ExportButton
              path="/orders"
              query={query}
              fileName="orders.csv"
              label={t('people.export')}
              testId="orders-export"
            />
          )}
          {can('imports:create') && can('orders:create') && (
            <Button
              component={Link}
              to="/customers/import?entity=orders"
              variant="default"
              leftSection={<IconUpload size={16} />}
              data-testid="orders-import"
            >
              {t('orders.import')}
            </Button>
          )}
          {can('orders:create') && (
            <CreateButton label={t('orders.new')} onClick={() => setCreating(true)} testId="order-create" />
          )}
        </Group>
      </Group>
      <ListResults
        results={results}
        empty={filtered ? t('orders.noMatches') : t('orders.empty')}
        emptyTestId="orders-empty"
      >
        <OrdersTable orders={results.rows} onOpen={setOpen} showCustomer />
      </ListResults>
      {creating && (
        <OrderFormModal
          onClose={(order) => {
            setCreating(false);
            if (order) setOpen(order.id);
          }}
        />
      )}
      {open && <OrderDrawer orderId={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
