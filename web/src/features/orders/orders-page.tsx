import { Button, Group, Loader, Select, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../auth/use-session.js';
import { OrderDrawer } from './order-drawer.js';
import { OrderFormModal } from './order-form-modal.js';
import { useOrders } from './orders.api.js';
import { OrdersTable } from './orders-table.js';

const STATUSES = ['placed', 'paid', 'shipped', 'delivered', 'cancelled', 'returned'];

/** Sales → Orders: newest first, filter by status, a drawer per order. */
export function OrdersPage() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const orders = useOrders(status);
  return (
    <Stack>
      <Group justify="space-between">
        <Select
          aria-label={t('orders.status')}
          placeholder={t('orders.allStatuses')}
          data={STATUSES.map((s) => ({ value: s, label: t(`orders.statuses.${s}`) }))}
          value={status}
          onChange={setStatus}
          clearable
          w={220}
        />
        {can('orders:create') && (
          <Button
            leftSection={<IconPlus size={16} />}
            onClick={() => setCreating(true)}
            data-testid="order-create"
          >
            {t('orders.new')}
          </Button>
        )}
      </Group>
      {orders.isLoading ? <Loader /> : <OrdersTable orders={orders.data?.data ?? []} onOpen={setOpen} />}
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
