import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { CustomerLinks } from '../customers/customer-links.js';
import { useMoney } from '../sales/money.js';
import type { Order } from './orders.api.js';

const STATUS_COLOR: Record<string, string> = {
  placed: 'blue',
  paid: 'teal',
  shipped: 'indigo',
  delivered: 'green',
  cancelled: 'gray',
  returned: 'orange',
};

/**
 * Orders as rows: date, number, customer, status, channel, lines, total; a click opens the order.
 * On a customer's own page (`showCustomer` false, a narrow column) only date, number, status and
 * total, so the table fits without scrolling.
 */
export function OrdersTable({
  orders,
  onOpen,
  showCustomer = false,
}: {
  orders: Order[];
  onOpen: (id: string) => void;
  showCustomer?: boolean;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const fmt = useFormat();
  if (!orders.length) return <Text c="dimmed">{t('orders.empty')}</Text>;
  return (
    // Native overflow: a long customer wraps instead of pushing the total out of sight.
    <Table.ScrollContainer minWidth={showCustomer ? 720 : 0} type="native">
      <Table highlightOnHover data-testid="orders-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('orders.orderedAt')}</Table.Th>
            <Table.Th>{t('orders.number')}</Table.Th>
            {showCustomer && <Table.Th>{t('orders.customer')}</Table.Th>}
            <Table.Th>{t('orders.status')}</Table.Th>
            {showCustomer && <Table.Th>{t('orders.channel')}</Table.Th>}
            {showCustomer && <Table.Th ta="right">{t('orders.lines')}</Table.Th>}
            <Table.Th ta="right">{t('orders.total')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orders.map((o) => (
            <Table.Tr key={o.id} onClick={() => onOpen(o.id)} style={{ cursor: 'pointer' }}>
              <Table.Td>{fmt.date(o.orderedAt)}</Table.Td>
              <Table.Td>{o.number}</Table.Td>
              {showCustomer && (
                <Table.Td style={{ whiteSpace: 'normal', minWidth: 180 }}>
                  <CustomerLinks customer={o} />
                </Table.Td>
              )}
              <Table.Td>
                <Badge variant="light" color={STATUS_COLOR[o.status]}>
                  {t(`orders.statuses.${o.status}`)}
                </Badge>
              </Table.Td>
              {showCustomer && <Table.Td>{o.channel ? t(`orders.channels.${o.channel}`) : ''}</Table.Td>}
              {showCustomer && <Table.Td ta="right">{o.lineCount}</Table.Td>}
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {money(o.total, o.currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
