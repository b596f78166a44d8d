import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { money } from './analytics.api.js';

/** Horizontal SVG bars: revenue per manager in one currency. */
export function RevenueChart({
  rows,
  currency,
}: {
  rows: { name: string; amount: number }[];
  currency: string;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const max = Math.max(1, ...rows.map((r) => r.amount));
  const bar = 24;
  const gap = 8;
  const label = 140;
  const width = 640;
  if (rows.length === 0) return <Text c="dimmed">{t('analytics.noRevenue')}</Text>;
  return (
    <svg
      role="img"
      aria-label={t('analytics.revenueChart', { currency })}
      viewBox={`0 0 ${width} ${rows.length * (bar + gap)}`}
      width="100%"
      data-testid={`revenue-chart-${currency}`}
    >
      {rows.map((r, i) => {
        const w = ((width - label - 120) * r.amount) / max;
        const y = i * (bar + gap);
        return (
          <g key={r.name}>
            <text x={0} y={y + bar * 0.7} fontSize={13} fill="currentColor">
              {r.name}
            </text>
            <rect
              x={label}
              y={y}
              width={Math.max(w, 1)}
              height={bar}
              rx={3}
              fill="var(--mantine-color-blue-6)"
            />
            <text x={label + w + 6} y={y + bar * 0.7} fontSize={12} fill="currentColor">
              {money(locale, r.amount, currency)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
