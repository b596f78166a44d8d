import { Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format.js';
import { useUserOptions } from '../../settings/settings.api.js';
import { salesApi, useLabel } from '../sales.api.js';
import type { Stage } from '../sales.types.js';

/** Every stage the deal went through, with when and by whom. */
export function StageHistory({
  dealId,
  version,
  stages,
}: {
  dealId: string;
  version: number;
  stages: Stage[];
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useLabel();
  const users = useUserOptions();
  const history = useQuery({
    queryKey: ['deals', 'history', dealId, version],
    queryFn: () => salesApi.history(dealId),
  });
  const stageName = (id: string | null) => {
    const s = stages.find((x) => x.id === id);
    return s ? label(s) : '—';
  };
  const items = history.data?.data ?? [];
  return (
    <Timeline active={items.length - 1} bulletSize={14} lineWidth={2} data-testid="deal-history">
      {items.map((h) => (
        <Timeline.Item key={h.id} title={stageName(h.toStageId)}>
          <Text size="xs" c="dimmed">
            {fmt.dateTime(h.at)} · {users.data?.find((u) => u.id === h.by)?.name ?? t('timeline.someone')}
            {h.fromStageId ? ` · ${t('sales.history.from', { stage: stageName(h.fromStageId) })}` : ''}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
