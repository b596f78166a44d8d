import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePercent } from '../../shared/percent.js';
import { useMoney } from '../sales/money.js';
import { marginPercent } from './margin.js';
import type { DealLine, LineTotals } from './pricing.types.js';

/**
 * The deal's margin under its lines: the amount and its share of the total when every line has a
 * cost; a hint when only some do (a partial margin would mislead); nothing when none has one.
 */
export function DealMargin({
  totals,
  lines,
  currency,
}: {
  totals: LineTotals;
  lines: DealLine[];
  currency: string;
}) {
  const { t } = useTranslation();
  const money = useMoney();
  const percent = usePercent();
  if (!totals.costKnown) {
    const missing = lines.filter((l) => l.unitCost == null).length;
    if (missing === lines.length) return null;
    return (
      <Text size="xs" c="dimmed" ta="right" data-testid="deal-lines-margin-partial">
        {t('pricing.lines.marginPartial', { count: missing })}
      </Text>
    );
  }
  const pct = marginPercent(totals.margin, totals.total);
  return (
    <Group justify="flex-end" gap="lg">
      <Text size="sm" c="dimmed">
        {t('pricing.lines.cost')}: {money(totals.cost, currency)}
      </Text>
      <Text size="sm" fw={500} c={totals.margin < 0 ? 'red' : undefined} data-testid="deal-lines-margin">
        {t('pricing.lines.margin')}: {money(totals.margin, currency)}
        {pct != null ? ` (${percent(pct / 100, 1)})` : ''}
      </Text>
    </Group>
  );
}
