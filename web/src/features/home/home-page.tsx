import { Grid, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconCash, IconReceipt, IconTrophy, IconUsers } from '@tabler/icons-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { ErrorAlert, PageLoader } from '../../shared/page-states.js';
import { useCan, useCurrentSession } from '../auth/use-session.js';
import { useMoney } from '../sales/money.js';
import { type Dashboard, type Money, useDashboard } from './dashboard.api.js';
import { KpiCard } from './kpi-card.js';
import { MyDayCard } from './my-day-card.js';

// The chart library is loaded with the chart, not with the app.
const RevenueChart = lazy(() => import('./revenue-chart.js').then((m) => ({ default: m.RevenueChart })));
const ChannelChart = lazy(() => import('./channel-chart.js').then((m) => ({ default: m.ChannelChart })));

/**
 * The landing page after sign-in: the figures a user checks first (customers, deals, revenue),
 * 12 months of revenue as a chart, and their own overdue and today's tasks. Each part shows only
 * with its module's read permission.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { user } = useCurrentSession();
  const can = useCan();
  const board = useDashboard();
  const d = board.data;
  return (
    <Stack gap="lg" data-testid="home-page">
      <div>
        <Title order={2}>{t('home.welcome', { name: user.name })}</Title>
        <Text c="dimmed">{t('home.subtitle')}</Text>
      </div>
      {board.isError && <ErrorAlert error={board.error} onRetry={() => board.refetch()} />}
      {d && <Figures d={d} />}
      <Grid>
        {d?.revenue && (
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <Suspense fallback={<PageLoader />}>
              <RevenueChart revenue={d.revenue} />
            </Suspense>
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, lg: d?.revenue ? 4 : 6 }}>
          <Stack>
            {can('tasks:read') && <MyDayCard />}
            {d?.revenue && (
              <Suspense fallback={<PageLoader />}>
                <ChannelChart revenue={d.revenue} />
              </Suspense>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Figures({ d }: { d: Dashboard }) {
  const { t } = useTranslation();
  const money = useMoney();
  const fmt = useFormat();
  const sums = (list: Money[]) => list.map((m) => money(m.amount, m.currency)).join(' · ') || money(0, 'EUR');
  const main = d.revenue?.series[0];
  const last = main?.amounts.at(-1) ?? 0;
  const before = main?.amounts.at(-2) ?? 0;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
      {d.customers && (
        <KpiCard
          icon={IconUsers}
          label={t('home.customers')}
          value={fmt.number(d.customers.total)}
          hint={t('home.newThisMonth', { count: d.customers.newThisMonth, last: d.customers.newLastMonth })}
          to="/customers/people"
          testId="kpi-customers"
        />
      )}
      {d.deals && (
        <KpiCard
          icon={IconCash}
          label={t('home.openDeals')}
          value={fmt.number(d.deals.open)}
          hint={sums(d.deals.openAmount)}
          to="/sales/board"
          testId="kpi-open-deals"
        />
      )}
      {d.deals && (
        <KpiCard
          icon={IconTrophy}
          label={t('home.wonThisMonth')}
          value={sums(d.deals.wonAmount)}
          hint={t('home.dealsWon', { count: d.deals.wonThisMonth })}
          to="/sales/list"
          testId="kpi-won"
        />
      )}
      {d.revenue && (
        <KpiCard
          icon={IconReceipt}
          label={t('home.revenueThisMonth')}
          value={main ? money(last, main.currency) : '—'}
          hint={
            main && before ? t('home.vsLastMonth', { change: change(last, before) }) : t('home.noLastMonth')
          }
          to="/sales/orders"
          testId="kpi-revenue"
        />
      )}
    </SimpleGrid>
  );
}

/** "+12%" / "−5%" against last month. */
function change(now: number, before: number) {
  const pct = Math.round(((now - before) / before) * 100);
  return `${pct > 0 ? '+' : pct < 0 ? '−' : ''}${Math.abs(pct)}%`;
}
