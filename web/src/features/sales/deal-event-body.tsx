import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useMoney } from './money.js';
import { useLabel, useLostReasons, usePipelines } from './sales.api.js';

/** A deal event on a person's or company's timeline: title (linked to the deal), amount, and the stages or lost reason. */
export function DealEventBody({ payload, href }: { payload: Record<string, unknown>; href?: string }) {
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
      {href ? (
        <Anchor component={Link} to={href} size="sm" fw={700}>
          {String(payload.title ?? '')}
        </Anchor>
      ) : (
        <b>{String(payload.title ?? '')}</b>
      )}
      {amount}
      {payload.from !== undefined && ` · ${stage(payload.from)} → ${stage(payload.to)}`}
      {payload.from === undefined && payload.stageId !== undefined && ` · ${stage(payload.stageId)}`}
      {reason && ` · ${label(reason)}`}
    </Text>
  );
}
