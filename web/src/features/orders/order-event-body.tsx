import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../sales/money.js';

/** An order event on a timeline: number, total, and the status change. */
export function OrderEventBody({ payload }: { payload: Record<string, unknown> }) {
  const { t } = useTranslation();
  const money = useMoney();
  const total =
    typeof payload.total === 'number' && typeof payload.currency === 'string'
      ? ` · ${money(payload.total, payload.currency)}`
      : '';
  const status = (s: unknown) => (s ? t(`orders.statuses.${String(s)}`) : '—');
  return (
    <Text size="sm" data-testid="timeline-order">
      <b>{String(payload.externalId ?? '')}</b>
      {total}
      {payload.from !== undefined && ` · ${status(payload.from)} → ${status(payload.to)}`}
    </Text>
  );
}
