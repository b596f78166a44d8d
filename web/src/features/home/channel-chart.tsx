import { DonutChart } from '@mantine/charts';
import { Card, ColorSwatch, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMoney } from '../sales/money.js';
import type { Dashboard } from './dashboard.api.js';

const COLORS: Record<string, string> = {
  online: 'blue.6',
  store: 'teal.6',
  pos: 'orange.6',
  phone: 'grape.6',
  '': 'gray.5',
};

/** This month's revenue by sales channel, in the main currency: online, store, POS, phone. */
export function ChannelChart({ revenue }: { revenue: NonNullable<Dashboard['revenue']> }) {
  const { t } = useTranslation();
  const money = useMoney();
  const currency = revenue.series[0]?.currency;
  const slices = revenue.byChannel.filter((c) => c.currency === currency && c.amount > 0);
  const label = (channel: string) => (channel ? t(`orders.channels.${channel}`) : t('home.noChannel'));
  return (
    <Card withBorder radius="md" padding="md" data-testid="channel-chart">
      <Title order={4} mb="sm">
        {t('home.byChannel')}
      </Title>
      {!currency || slices.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('home.noOrdersThisMonth')}
        </Text>
      ) : (
        <Group wrap="nowrap" align="center">
          <DonutChart
            size={120}
            thickness={22}
            withTooltip={false}
            data={slices.map((c) => ({
              name: label(c.channel),
              value: c.amount / 100,
              color: COLORS[c.channel] ?? 'gray.5',
            }))}
          />
          <Stack gap={4}>
            {slices.map((c) => (
              <Group key={c.channel} gap={6} wrap="nowrap">
                <ColorSwatch
                  size={10}
                  color={`var(--mantine-color-${(COLORS[c.channel] ?? 'gray.5').replace('.', '-')})`}
                />
                <Text size="sm" data-testid={`channel-${c.channel || 'none'}`}>
                  {label(c.channel)}: {money(c.amount, c.currency)}
                </Text>
              </Group>
            ))}
          </Stack>
        </Group>
      )}
    </Card>
  );
}
