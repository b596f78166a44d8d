import { BarChart } from '@mantine/charts';
import { Card, Group, SegmentedControl, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { useMoney } from '../sales/money.js';
import type { Dashboard } from './dashboard.api.js';

/** Order revenue of the last 12 months as bars, one currency at a time (the biggest first). */
export function RevenueChart({ revenue }: { revenue: NonNullable<Dashboard['revenue']> }) {
  const { t, i18n } = useTranslation();
  const money = useMoney();
  const fmt = useFormat();
  const [picked, setPicked] = useState<string | null>(null);
  const series = revenue.series.find((s) => s.currency === picked) ?? revenue.series[0];
  // The axis says "€45K"; the tooltip gives the exact amount.
  const compact = new Intl.NumberFormat(i18n.resolvedLanguage ?? 'en', {
    style: 'currency',
    currency: series?.currency ?? 'EUR',
    notation: 'compact',
  });
  const data = revenue.months.map((m, i) => ({
    month: fmt.monthShort(m),
    revenue: (series?.amounts[i] ?? 0) / 100,
    orders: series?.orders[i] ?? 0,
  }));
  // The axis is as wide as its longest label ("1,5 tūkst. €"), so no label is cut.
  const top = Math.max(0, ...(series?.amounts ?? [0])) / 100;
  const axisWidth = Math.max(48, ...[top, top / 2, top * 1.25].map((v) => compact.format(v).length * 7 + 12));
  return (
    <Card withBorder radius="md" padding="md" data-testid="revenue-chart">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t('home.revenueTitle')}</Title>
        {revenue.series.length > 1 && (
          <SegmentedControl
            size="xs"
            data={revenue.series.map((s) => s.currency)}
            value={series?.currency ?? ''}
            onChange={setPicked}
          />
        )}
      </Group>
      {!series ? (
        <Text c="dimmed" py="xl" ta="center" data-testid="revenue-empty">
          {t('home.noRevenue')}
        </Text>
      ) : (
        <BarChart
          h={260}
          data={data}
          dataKey="month"
          series={[{ name: 'revenue', label: t('home.revenue'), color: 'blue.6' }]}
          valueFormatter={(v) => money(Math.round(v * 100), series.currency)}
          yAxisProps={{ tickFormatter: (v: number) => compact.format(v), width: axisWidth }}
          withTooltip
          tickLine="y"
        />
      )}
    </Card>
  );
}
