import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { useMoney } from '../sales/money.js';

/**
 * An order event on a timeline: number, total, the status change, and the order's own date when the
 * event was recorded on another day (an imported purchase history lands at the import's time).
 */
export function OrderEventBody({ payload, at }: { payload: Record<string, unknown>; at?: number }) {
  const { t } = useTranslation();
  const money = useMoney();
  const fmt = useFormat();
  const total =
    typeof payload.total === 'number' && typeof payload.currency === 'string'
      ? ` · ${money(payload.total, payload.currency)}`
      : '';
  const status = (s: unknown) => (s ? t(`orders.statuses.${String(s)}`) : '—');
  const orderedAt = typeof payload.orderedAt === 'number' ? payload.orderedAt : null;
  const otherDay = orderedAt !== null && at !== undefined && fmt.date(orderedAt) !== fmt.date(at);
  return (
    <Text size="sm" data-testid="timeline-order">
      <b>{String(payload.number ?? payload.externalId ?? '')}</b>
      {total}
      {payload.from !== undefined && ` · ${status(payload.from)} → ${status(payload.to)}`}
      {otherDay && ` · ${t('orders.orderedOn', { date: fmt.date(orderedAt) })}`}
    </Text>
  );
}
