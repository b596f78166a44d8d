import { Text } from '@mantine/core';
import { useMoney } from './money.js';
import { useLabel, useLostReasons, usePipelines } from './sales.api.js';

/** A deal event on a person's or company's timeline: title, amount, and the stages or lost reason. */
export function DealEventBody({ payload }: { payload: Record<string, unknown> }) {
  const money = useMoney();
  const label = useLabel();
  const stages = (usePipelines().data ?? []).flatMap((p) => p.stages);
  const reasons = useLostReasons().data ?? [];
  const stage = (id: unknown) => {
    const s = stages.find((x) => x.id === id);
    return s ? label(s) : String(id ?? '—');
  };
  const reason = reasons.find((r) => r.id === payload.lostReasonId);
  const amount =
    typeof payload.amount === 'number' && typeof payload.currency === 'string'
      ? ` · ${money(payload.amount, payload.currency)}`
      : '';
  return (
    <Text size="sm" data-testid="timeline-deal">
      <b>{String(payload.title ?? '')}</b>
      {amount}
      {payload.from !== undefined && ` · ${stage(payload.from)} → ${stage(payload.to)}`}
      {payload.from === undefined && payload.stageId !== undefined && ` · ${stage(payload.stageId)}`}
      {reason && ` · ${label(reason)}`}
    </Text>
  );
}
