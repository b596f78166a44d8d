import { Drawer, Group, Loader, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { useNotify } from '../../shared/notify.js';
import { useCan } from '../auth/use-session.js';
import { CustomerLinks } from '../customers/customer-links.js';
import { useMoney } from '../sales/money.js';
import { ORDER_STATUSES, type Order, ordersApi, ordersKey, useOrder } from './orders.api.js';

/** One order: who bought, when and where, its status (changeable), lines and totals. */
export function OrderDrawer({ orderId, onClose }: { orderId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const fmt = useFormat();
  const can = useCan();
  const notify = useNotify();
  const qc = useQueryClient();
  const order = useOrder(orderId).data;
  const setStatus = useMutation({
    mutationFn: ({ o, status }: { o: Order; status: string }) => ordersApi.setStatus(o, status),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ordersKey });
      void qc.invalidateQueries({ queryKey: ['timeline'] });
      notify.success(t('orders.statusSaved'));
    },
    onError: notify.errorWith({ title: t('orders.statusRefused'), labels: { status: t('orders.status') } }),
  });
  const allowed = order?.allowedStatuses ?? ORDER_STATUSES;
  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={t('orders.order')}>
      {!order ? (
        <Loader />
      ) : (
        <Stack data-testid="order-drawer">
          <Text fw={600} size="lg">
            {order.number}
          </Text>
          <SimpleGrid cols={2} spacing="sm">
            <Detail label={t('orders.customer')}>
              <CustomerLinks customer={order} />
            </Detail>
            <Detail label={t('orders.orderedAt')}>{fmt.dateTime(order.orderedAt)}</Detail>
            <Detail label={t('orders.channel')}>
              {order.channel ? t(`orders.channels.${order.channel}`) : '—'}
            </Detail>
            <Detail label={t('orders.store')}>
              {[order.storeId, order.location].filter(Boolean).join(' · ') || '—'}
            </Detail>
          </SimpleGrid>
          <Select
            label={t('orders.status')}
            data={ORDER_STATUSES.map((s) => ({
              value: s,
              label: t(`orders.statuses.${s}`),
              disabled: !allowed.includes(s),
            }))}
            description={
              allowed.length === 1 && allowed[0] === 'returned' ? t('orders.returnStays') : undefined
            }
            value={order.status}
            onChange={(status) => status && status !== order.status && setStatus.mutate({ o: order, status })}
            disabled={!can('orders:update') || setStatus.isPending}
            allowDeselect={false}
            maw={420}
            data-testid="order-status"
          />
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('orders.product')}</Table.Th>
                <Table.Th ta="right">{t('orders.quantity')}</Table.Th>
                <Table.Th ta="right">{t('orders.unitPrice')}</Table.Th>
                <Table.Th ta="right">{t('orders.discount')}</Table.Th>
                <Table.Th ta="right">{t('orders.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(order.lines ?? []).map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    {l.productName ?? l.sku}
                    {l.sku && l.productName ? ` (${l.sku})` : ''}
                  </Table.Td>
                  <Table.Td ta="right">{l.quantity}</Table.Td>
                  <Table.Td ta="right">{money(l.unitPrice, order.currency)}</Table.Td>
                  <Table.Td ta="right">{money(l.discount, order.currency)}</Table.Td>
                  <Table.Td ta="right">{money(l.total, order.currency)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end" gap="xl">
            <Text>
              {t('orders.subtotal')}: {money(order.subtotal, order.currency)}
            </Text>
            <Text>
              {t('orders.discount')}: {money(order.discount, order.currency)}
            </Text>
            <Text fw={700}>
              {t('orders.total')}: {money(order.total, order.currency)}
            </Text>
          </Group>
        </Stack>
      )}
    </Drawer>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </div>
  );
}
