import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format.js';
import { ErrorAlert, PageLoader } from '../../../shared/page-states.js';
import { useUserOptions } from '../../settings/settings.api.js';
import { useMoney } from '../money.js';
import { salesApi } from '../sales.api.js';
import { useSales } from '../sales-layout.js';
import { BarChart } from './bar-chart.js';
import { DateRange } from './date-range.js';

/** Weighted pipeline (amount × stage probability) by month of expected close, and by owner. */
export function ForecastPage() {
  const { t } = useTranslation();
  const money = useMoney();
  const fmt = useFormat();
  const users = useUserOptions();
  const { pipeline } = useSales();
  const [range, setRange] = useState({ from: '', to: '' });
  const q = { pipelineId: pipeline?.id, from: range.from || undefined, to: range.to || undefined };
  const forecast = useQuery({
    queryKey: ['deals', 'forecast', q],
    queryFn: () => salesApi.forecast(q),
    enabled: !!pipeline,
  });
  if (forecast.isPending) return <PageLoader />;
  if (forecast.isError) return <ErrorAlert error={forecast.error} onRetry={() => forecast.refetch()} />;
  const { rows, undated } = forecast.data;
  // One chart per currency: amounts in different currencies share no scale.
  const byCurrency = new Map<string, Map<string, { weighted: number; amount: number }>>();
  for (const r of rows) {
    const months = byCurrency.get(r.currency) ?? new Map<string, { weighted: number; amount: number }>();
    const m = months.get(r.month) ?? { weighted: 0, amount: 0 };
    m.weighted += r.weighted;
    m.amount += r.amount;
    months.set(r.month, m);
    byCurrency.set(r.currency, months);
  }
  const owner = (id: string | null) => users.data?.find((u) => u.id === id)?.name ?? t('sales.noOwner');
  return (
    <Stack data-testid="forecast">
      <DateRange value={range} onChange={setRange} />
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t('sales.reports.forecastByMonth')}
        </Title>
        {rows.length === 0 ? (
          <Text c="dimmed">{t('sales.reports.noData')}</Text>
        ) : (
          <Stack gap="md">
            {[...byCurrency].map(([currency, months]) => (
              <Stack key={currency} gap={4} data-testid={`forecast-chart-${currency}`}>
                {byCurrency.size > 1 && (
                  <Text size="sm" fw={600}>
                    {currency}
                  </Text>
                )}
                <BarChart
                  testId="forecast-chart"
                  bars={[...months].map(([month, m]) => ({
                    key: month,
                    label: fmt.month(month),
                    value: m.weighted,
                    outer: m.amount,
                    caption: t('sales.reports.weightedOf', {
                      weighted: money(m.weighted, currency),
                      total: money(m.amount, currency),
                    }),
                  }))}
                />
              </Stack>
            ))}
          </Stack>
        )}
        {undated > 0 && (
          <Text size="sm" c="dimmed" mt="sm" data-testid="forecast-undated">
            {t('sales.reports.undated', { count: undated })}
          </Text>
        )}
      </Paper>
      {rows.length > 0 && (
        <Table striped data-testid="forecast-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sales.reports.month')}</Table.Th>
              <Table.Th>{t('sales.fields.owner')}</Table.Th>
              <Table.Th>{t('sales.reports.deals')}</Table.Th>
              <Table.Th>{t('sales.fields.amount')}</Table.Th>
              <Table.Th>{t('sales.reports.weighted')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <Table.Tr key={`${r.month}${r.ownerId}${r.currency}`}>
                <Table.Td>{fmt.month(r.month)}</Table.Td>
                <Table.Td>{owner(r.ownerId)}</Table.Td>
                <Table.Td>{r.count}</Table.Td>
                <Table.Td>{money(r.amount, r.currency)}</Table.Td>
                <Table.Td fw={600}>{money(r.weighted, r.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
