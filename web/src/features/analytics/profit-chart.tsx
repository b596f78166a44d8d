import { BarChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { money } from './analytics.api.js';

/**
 * Profit per manager in one currency as horizontal bars (recharts through @mantine/charts): the sum
 * of line margins of the won deals whose costs are all known. A loss shows as a bar to the left.
 */
export function ProfitChart({
  rows,
  currency,
}: {
  rows: { name: string; amount: number }[];
  currency: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  if (rows.length === 0)
    return (
      <Text c="dimmed" data-testid={`profit-chart-empty-${currency}`}>
        {t('analytics.noProfit')}
      </Text>
    );
  const compact = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact' });
  return (
    <div data-testid={`profit-chart-${currency}`}>
      <BarChart
        h={Math.max(120, rows.length * 36 + 40)}
        data={rows.map((r) => ({ name: r.name, profit: r.amount / 100 }))}
        dataKey="name"
        orientation="vertical"
        series={[{ name: 'profit', label: t('analytics.profit'), color: 'teal.6' }]}
        valueFormatter={(v) => money(locale, Math.round(v * 100), currency)}
        xAxisProps={{ tickFormatter: (v: number) => compact.format(v) }}
        yAxisProps={{ width: 120 }}
        withTooltip
        gridAxis="x"
      />
    </div>
  );
}
