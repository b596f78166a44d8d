import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../sales/money.js';
import type { Order } from './orders.api.js';

/** Orders as rows: date, number, status, channel, lines, total; a click opens the order. */
export function OrdersTable({ orders, onOpen }: { orders: Order[]; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  if (!orders.length) return <Text c="dimmed">{t('orders.empty')}</Text>;
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'medium' });
  return (
    <Table highlightOnHover data-testid="orders-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('orders.orderedAt')}</Table.Th>
          <Table.Th>{t('orders.number')}</Table.Th>
          <Table.Th>{t('orders.status')}</Table.Th>
          <Table.Th>{t('orders.channel')}</Table.Th>
          <Table.Th>{t('orders.lines')}</Table.Th>
          <Table.Th ta="right">{t('orders.total')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {orders.map((o) => (
          <Table.Tr key={o.id} onClick={() => onOpen(o.id)} style={{ cursor: 'pointer' }}>
            <Table.Td>{date.format(o.orderedAt)}</Table.Td>
            <Table.Td>{o.externalId ?? o.id}</Table.Td>
            <Table.Td>
              <Badge variant="light">{t(`orders.statuses.${o.status}`)}</Badge>
            </Table.Td>
            <Table.Td>{o.channel ? t(`orders.channels.${o.channel}`) : ''}</Table.Td>
            <Table.Td>{o.lineCount}</Table.Td>
            <Table.Td ta="right">{money(o.total, o.currency)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
