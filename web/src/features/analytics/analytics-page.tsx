import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../shared/date-field.js';
import { usePercent } from '../../shared/percent.js';
import { QueryView } from '../../shared/query-view.js';
import { money, type Performance, type TeamPerformance, useTeamPerformance } from './analytics.api.js';
import { ProfitChart } from './profit-chart.js';
import { RevenueChart } from './revenue-chart.js';

/**
 * Chart rows: managers with an amount in the currency, biggest first. Revenue keeps only positive
 * amounts (bars of nothing say nothing); profit keeps every counted amount, a loss included.
 */
function perManager(managers: TeamPerformance['managers'], key: 'revenue' | 'profit', currency: string) {
  return managers
    .filter((m) => (key === 'revenue' ? (m.revenue[currency] ?? 0) > 0 : m.profit[currency] !== undefined))
    .map((m) => ({ name: m.name, amount: m[key][currency]! }))
    .sort((a, b) => b.amount - a.amount);
}

/** Analytics: team performance per manager and team, the top earners, revenue and profit bars. */
export function AnalyticsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const percent = usePercent();
  const [from, setFrom] = useState(dayjs().subtract(30, 'day').format('YYYY-MM-DD'));
  const [to, setTo] = useState(dayjs().format('YYYY-MM-DD'));
  const report = useTeamPerformance(from, to);
  const cells = (p: Performance) => (
    <>
      <Table.Td>{p.dealsWon}</Table.Td>
      <Table.Td>
        {Object.entries(p.revenue)
          .map(([c, a]) => money(locale, a, c))
          .join(', ') || '—'}
      </Table.Td>
      <Table.Td data-testid="profit-cell">
        {Object.entries(p.profit)
          .map(([c, a]) => money(locale, a, c))
          .join(', ') || '—'}
        {p.dealsWithCost < p.dealsWon && (
          <Text size="xs" c="dimmed">
            {t('analytics.profitCoverage', { count: p.dealsWithCost, total: p.dealsWon })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{p.conversion == null ? '—' : percent(p.conversion)}</Table.Td>
      <Table.Td>{p.avgCycleDays ?? '—'}</Table.Td>
      <Table.Td>{p.overdueTasks}</Table.Td>
      <Table.Td>{p.activities}</Table.Td>
    </>
  );
  const head = (first: string) => (
    <Table.Thead>
      <Table.Tr>
        <Table.Th>{first}</Table.Th>
        <Table.Th>{t('analytics.dealsWon')}</Table.Th>
        <Table.Th>{t('analytics.revenue')}</Table.Th>
        <Table.Th>{t('analytics.profit')}</Table.Th>
        <Table.Th>{t('analytics.conversion')}</Table.Th>
        <Table.Th>{t('analytics.cycle')}</Table.Th>
        <Table.Th>{t('analytics.overdue')}</Table.Th>
        <Table.Th>{t('analytics.activities')}</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
  return (
    <Stack data-testid="analytics-page">
      <Title order={2}>{t('analytics.title')}</Title>
      <Group>
        <DateField label={t('analytics.from')} value={from} onChange={setFrom} />
        <DateField label={t('analytics.to')} value={to} onChange={setTo} />
      </Group>
      <QueryView query={report}>
        {(r) => (
          <Stack>
            {r.topByRevenue.map((top) => (
              <Text key={top.currency} data-testid="top-earner">
                {t('analytics.top', { name: top.name, amount: money(locale, top.amount, top.currency) })}
              </Text>
            ))}
            {r.topByProfit.map((top) => (
              <Text key={top.currency} data-testid="top-profit">
                {t('analytics.topProfit', {
                  name: top.name,
                  amount: money(locale, top.amount, top.currency),
                })}
              </Text>
            ))}
            <Title order={4}>{t('analytics.managers')}</Title>
            <Table.ScrollContainer minWidth={760}>
              <Table striped data-testid="performance-table">
                {head(t('analytics.manager'))}
                <Table.Tbody>
                  {r.managers.map((m) => (
                    <Table.Tr key={m.userId}>
                      <Table.Td>{m.name}</Table.Td>
                      {cells(m)}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {r.teams.length > 0 && (
              <>
                <Title order={4}>{t('analytics.teams')}</Title>
                <Table.ScrollContainer minWidth={760}>
                  <Table striped>
                    {head(t('analytics.team'))}
                    <Table.Tbody>
                      {r.teams.map((tm) => (
                        <Table.Tr key={tm.teamId}>
                          <Table.Td>{tm.name}</Table.Td>
                          {cells(tm)}
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              </>
            )}
            {r.topByRevenue.map(({ currency }) => (
              <SimpleGrid key={currency} cols={{ base: 1, md: 2 }}>
                <Card withBorder>
                  <Text fw={500} mb="xs">
                    {t('analytics.revenueChart', { currency })}
                  </Text>
                  <RevenueChart currency={currency} rows={perManager(r.managers, 'revenue', currency)} />
                </Card>
                <Card withBorder>
                  <Text fw={500} mb="xs">
                    {t('analytics.profitChart', { currency })}
                  </Text>
                  <ProfitChart currency={currency} rows={perManager(r.managers, 'profit', currency)} />
                </Card>
              </SimpleGrid>
            ))}
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
