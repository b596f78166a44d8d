import { Anchor, Text } from '@mantine/core';
import { useMoney } from '../sales/money.js';

/** `quote.created` on a timeline: the number (a download link when the file is there) and the total. */
export function QuoteEventBody({ payload }: { payload: Record<string, unknown> }) {
  const money = useMoney();
  const total =
    typeof payload.total === 'number' && typeof payload.currency === 'string'
      ? ` · ${money(payload.total, payload.currency)}`
      : '';
  const number = String(payload.number ?? '');
  return (
    <Text size="sm" data-testid="timeline-quote">
      {typeof payload.attachmentId === 'string' ? (
        <Anchor
          href={`/api/v1/attachments/${encodeURIComponent(payload.attachmentId)}/download`}
          target="_blank"
        >
          {number}
        </Anchor>
      ) : (
        number
      )}
      {payload.title ? ` · ${String(payload.title)}` : ''}
      {total}
    </Text>
  );
}
