import { Code, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconEdit, IconLink, IconNote, IconPlus, IconPoint, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../shared/format.js';
import { OrderEventBody } from '../../orders/order-event-body.js';
import { QuoteEventBody } from '../../pricing/quote-event-body.js';
import { DealEventBody } from '../../sales/deal-event-body.js';
import type { TimelineEvent } from '../customers.types.js';
import { MarkdownText } from './markdown-text.js';
import { plainValue } from './use-value-text.js';

interface Props {
  event: TimelineEvent;
  /** Label of a changed field (`lastName`, `custom.tier`). */
  labelOf: (field: string) => string;
  /** Text of a value of that field (option labels); plain text by default. */
  valueText?: (field: string, value: unknown) => string;
  /** Whose timeline this is. */
  viewing?: 'person' | 'company';
}

function iconOf(type: string) {
  if (type.endsWith('.updated')) return IconEdit;
  if (type.endsWith('.created')) return IconPlus;
  if (type.startsWith('note.')) return IconNote;
  if (type.startsWith('consent.')) return IconShieldCheck;
  if (type.includes('linked')) return IconLink;
  return IconPoint;
}

/** One event: field changes as "from → to", notes as Markdown, consent, links; anything else generically. */
export function TimelineItem({ event, labelOf, valueText = (_f, v) => plainValue(v), viewing }: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const Icon = iconOf(event.type);
  const who =
    event.actor?.name ?? (event.actor?.type === 'system' ? t('timeline.system') : t('timeline.someone'));
  const p = event.payload ?? {};
  let body: React.ReactNode;
  let title: string;
  if (event.type.endsWith('.updated') && p.changes && typeof p.changes === 'object') {
    title = t('timeline.changed', { who });
    body = (
      <Stack gap={2}>
        {Object.entries(p.changes as Record<string, [unknown, unknown]>).map(([field, [from, to]]) => (
          <Text key={field} size="sm" data-testid="timeline-change">
            <b>{labelOf(field)}</b>: {valueText(field, from)} → {valueText(field, to)}
          </Text>
        ))}
      </Stack>
    );
  } else if (event.type === 'note.added') {
    title = t('timeline.noteAdded', { who });
    body = <MarkdownText body={String(p.body ?? '')} />;
  } else if (event.type === 'person.merged') {
    const merged = (p.merged ?? {}) as { firstName?: string; lastName?: string; email?: string };
    title = t('timeline.types.person_merged', { who });
    body = (
      <Text size="sm" data-testid="timeline-merged">
        {[merged.firstName, merged.lastName].filter(Boolean).join(' ') ||
          merged.email ||
          String(p.mergedId ?? '')}
        {merged.email ? ` <${merged.email}>` : ''}
      </Text>
    );
  } else if (event.type === 'attachment.added' || event.type === 'attachment.deleted') {
    title = t(
      event.type === 'attachment.added'
        ? 'timeline.types.attachment_added'
        : 'timeline.types.attachment_deleted',
      { who },
    );
    body = <Text size="sm">{String(p.filename ?? '')}</Text>;
  } else if (event.type === 'consent.changed') {
    title = t('timeline.consentChanged', { who });
    const purpose = String(p.purpose);
    const label = (s: unknown) => (s ? t(`consent.status.${String(s)}`) : '—');
    body = (
      <Text size="sm">
        {i18n.exists(`consent.purposes.${purpose}`) ? t(`consent.purposes.${purpose}`) : purpose}:{' '}
        {label(p.previousStatus)} → {label(p.status)}
        {p.source ? ` (${String(p.source)})` : ''}
      </Text>
    );
  } else if (event.type.startsWith('deal.') && event.type !== 'deal.updated') {
    title = t(`timeline.types.${event.type.replace(/\./g, '_')}`, { who });
    body = <DealEventBody payload={p} />;
  } else if (event.type === 'quote.created') {
    title = t('timeline.types.quote_created', { who });
    body = <QuoteEventBody payload={p} />;
  } else if (event.type.startsWith('order.')) {
    title = t(`timeline.types.${event.type.replace(/\./g, '_')}`, { who });
    body = <OrderEventBody payload={p} at={event.at} />;
  } else {
    // On a company's timeline a person's link event reads from the company's side.
    const type =
      viewing === 'company' ? event.type.replace(/^person\.company_/, 'company.person_') : event.type;
    const key = `timeline.types.${type.replace(/\./g, '_')}`;
    title = i18n.exists(key) ? t(key, { who }) : t('timeline.generic', { who, type: event.type });
    const extra = Object.keys(p).length ? <Code block>{JSON.stringify(p, null, 1)}</Code> : null;
    body = event.type.endsWith('.created') || event.type.includes('linked') ? null : extra;
  }
  return (
    <Group align="flex-start" wrap="nowrap" gap="sm" data-testid={`timeline-item-${event.type}`}>
      <ThemeIcon variant="light" radius="xl" size="md">
        <Icon size={14} />
      </ThemeIcon>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Group gap="xs" justify="space-between" wrap="nowrap">
          <Text size="sm" fw={500}>
            {title}
          </Text>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {fmt.dateTime(event.at)}
          </Text>
        </Group>
        {body}
      </Stack>
    </Group>
  );
}
