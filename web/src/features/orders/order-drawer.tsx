import { Drawer, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../sales/money.js';
import { useOrder } from './orders.api.js';

/** One order: its lines and totals, money in the user's language. */
export function OrderDrawer({ orderId, onClose }: { orderId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const money = useMoney();
  const order = useOrder(orderId).data;
  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={t('orders.order')}>
      {!order ? (
        <Loader />
      ) : (
        <Stack data-testid="order-drawer">
          <Text fw={600}>
            {order.externalId ?? order.id} · {t(`orders.statuses.${order.status}`)}
          </Text>
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
