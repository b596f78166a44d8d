import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParam } from '../../shared/use-search-param.js';
import { useCan } from '../auth/use-session.js';
import { useMoney } from '../sales/money.js';
import { OrderDrawer } from './order-drawer.js';
import { OrderFormModal } from './order-form-modal.js';
import { usePersonOrders } from './orders.api.js';
import { OrdersTable } from './orders-table.js';

/** The person's purchase history: totals per currency and the latest orders (the open one in `?order=`). */
export function PersonOrdersPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  const can = useCan();
  const [open, setOpen] = useSearchParam('order');
  const [creating, setCreating] = useState(false);
  const q = usePersonOrders(personId);
  if (q.isLoading) return <Loader size="sm" />;
  return (
    <Stack data-testid="person-orders">
      <Group gap="lg">
        {(q.data?.totals ?? []).map((s) => (
          <Text key={s.currency} fw={600}>
            {t('orders.summary', { count: s.orders, total: money(s.total, s.currency) })}
          </Text>
        ))}
      </Group>
      <OrdersTable orders={q.data?.data ?? []} onOpen={setOpen} />
      {can('orders:create') && (
        <Button
          size="xs"
          variant="light"
          w="fit-content"
          leftSection={<IconPlus size={14} />}
          onClick={() => setCreating(true)}
          data-testid="person-order-create"
        >
          {t('orders.new')}
        </Button>
      )}
      {creating && <OrderFormModal personId={personId} onClose={() => setCreating(false)} />}
      {open && <OrderDrawer orderId={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
