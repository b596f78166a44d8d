import { Loader, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrderDrawer } from './order-drawer.js';
import { useOrders } from './orders.api.js';
import { OrdersTable } from './orders-table.js';

const STATUSES = ['placed', 'paid', 'shipped', 'delivered', 'cancelled', 'returned'];

/** Sales → Orders: newest first, filter by status, a drawer per order. */
export function OrdersPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const orders = useOrders(status);
  return (
    <Stack>
      <Select
        aria-label={t('orders.status')}
        placeholder={t('orders.allStatuses')}
        data={STATUSES.map((s) => ({ value: s, label: t(`orders.statuses.${s}`) }))}
        value={status}
        onChange={setStatus}
        clearable
        w={220}
      />
      {orders.isLoading ? <Loader /> : <OrdersTable orders={orders.data?.data ?? []} onOpen={setOpen} />}
      {open && <OrderDrawer orderId={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
