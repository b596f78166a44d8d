import { Card, Group, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryView } from '../../shared/query-view.js';
import { money, type Performance, useTeamPerformance } from './analytics.api.js';
import { RevenueChart } from './revenue-chart.js';

/** Analytics: team performance per manager and team, the top earners and revenue bars. */
export function AnalyticsPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
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
      <Table.Td>{p.conversion == null ? '—' : `${Math.round(p.conversion * 100)}%`}</Table.Td>
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
        <TextInput
          type="date"
          label={t('analytics.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={t('analytics.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
        />
      </Group>
      <QueryView query={report}>
        {(r) => (
          <Stack>
            {r.topByRevenue.map((top) => (
              <Text key={top.currency} data-testid="top-earner">
                {t('analytics.top', { name: top.name, amount: money(locale, top.amount, top.currency) })}
              </Text>
            ))}
            <Title order={4}>{t('analytics.managers')}</Title>
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
            {r.teams.length > 0 && (
              <>
                <Title order={4}>{t('analytics.teams')}</Title>
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
              </>
            )}
            {r.topByRevenue.map(({ currency }) => (
              <Card withBorder key={currency}>
                <Text fw={500} mb="xs">
                  {t('analytics.revenueChart', { currency })}
                </Text>
                <RevenueChart
                  currency={currency}
                  rows={r.managers
                    .filter((m) => (m.revenue[currency] ?? 0) > 0)
                    .map((m) => ({ name: m.name, amount: m.revenue[currency]! }))
                    .sort((a, b) => b.amount - a.amount)}
                />
              </Card>
            ))}
          </Stack>
        )}
      </QueryView>
    </Stack>
  );
}
