import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, PageLoader } from '../../../shared/page-states.js';
import { usePercent } from '../../../shared/percent.js';
import { salesApi, useLabel } from '../sales.api.js';
import { useSales } from '../sales-layout.js';
import { BarChart } from './bar-chart.js';
import { DateRange } from './date-range.js';

/** "2d 4h", "3h 20m", "45m" — a stay in a stage. */
export function useDuration() {
  const { t } = useTranslation();
  return (ms: number | null) => {
    if (ms === null) return '—';
    const m = Math.round(ms / 60_000);
    const d = Math.floor(m / 1440);
    const h = Math.floor((m % 1440) / 60);
    if (d > 0) return t('sales.duration.dh', { d, h });
    if (h > 0) return t('sales.duration.hm', { h, m: m % 60 });
    return t('sales.duration.m', { m });
  };
}

/** Deals entering each stage, the share that went further, and the median time spent in it. */
export function FunnelPage() {
  const { t } = useTranslation();
  const label = useLabel();
  const duration = useDuration();
  const percent = usePercent();
  const { pipeline } = useSales();
  const [range, setRange] = useState({ from: '', to: '' });
  const q = { pipelineId: pipeline?.id, from: range.from || undefined, to: range.to || undefined };
  const funnel = useQuery({
    queryKey: ['deals', 'funnel', q],
    queryFn: () => salesApi.funnel(q),
    enabled: !!pipeline,
  });
  if (!pipeline || funnel.isPending) return <PageLoader />;
  if (funnel.isError) return <ErrorAlert error={funnel.error} onRetry={() => funnel.refetch()} />;
  const stageOf = (id: string) => pipeline.stages.find((s) => s.id === id);
  // A pipeline (or period) no deal went through: say so instead of a column of zero bars.
  const empty = funnel.data.stages.every((s) => s.entered === 0);
  return (
    <Stack data-testid="funnel">
      <DateRange value={range} onChange={setRange} />
      <Paper withBorder p="md">
        <Title order={4} mb="sm">
          {t('sales.reports.funnelTitle')}
        </Title>
        {empty ? (
          <Text c="dimmed" data-testid="funnel-empty">
            {t('sales.reports.funnelEmpty')}
          </Text>
        ) : (
          <BarChart
            testId="funnel-chart"
            bars={funnel.data.stages.map((s) => {
              const stage = stageOf(s.stageId);
              const conversion = s.conversion === null ? '—' : percent(s.conversion);
              return {
                key: s.stageId,
                label: stage ? label(stage) : s.stageId,
                value: s.entered,
                caption: t('sales.reports.funnelCaption', {
                  entered: s.entered,
                  conversion,
                  median: duration(s.medianMs),
                }),
              };
            })}
          />
        )}
        <Text size="xs" c="dimmed" mt="sm">
          {t('sales.reports.funnelHint')}
        </Text>
      </Paper>
    </Stack>
  );
}
