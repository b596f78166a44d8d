import { Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../sales/money.js';
import { OrderDrawer } from './order-drawer.js';
import { usePersonOrders } from './orders.api.js';
import { OrdersTable } from './orders-table.js';

/** The person's purchase history: totals per currency and the latest orders. */
export function PersonOrdersPanel({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const money = useMoney();
  const [open, setOpen] = useState<string | null>(null);
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
      {open && <OrderDrawer orderId={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
