import { Anchor, Code, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import {
  IconChecklist,
  IconEdit,
  IconForms,
  IconLink,
  IconNote,
  IconPlus,
  IconPoint,
  IconShieldCheck,
  IconTrendingUp,
} from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { consentSourceLabel } from '../../../shared/display-names.js';
import { useFormat } from '../../../shared/format.js';
import { OrderEventBody } from '../../orders/order-event-body.js';
import { QuoteEventBody } from '../../pricing/quote-event-body.js';
import { DealEventBody } from '../../sales/deal-event-body.js';
import type { TimelineEvent } from '../customers.types.js';
import { actorName, dealLink, describeEvent } from './describe-event.js';
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
  personName?: (id: string) => string | undefined;
}

function iconOf(type: string) {
  if (type.startsWith('task.')) return IconChecklist;
  if (type === 'form.submitted') return IconForms;
  if (type === 'lead.score_changed') return IconTrendingUp;
  if (type.endsWith('.updated')) return IconEdit;
  if (type.endsWith('.created')) return IconPlus;
  if (type.startsWith('note.')) return IconNote;
  if (type.startsWith('consent.')) return IconShieldCheck;
  if (type.includes('linked')) return IconLink;
  return IconPoint;
}

/**
 * One event: field changes as "from → to", notes as Markdown, consent, deals/orders/quotes with their
 * own bodies; every other kind through `describeEvent` (title, link, lines). An unknown kind reads as
 * its humanised type, its payload only behind "details".
 */
export function TimelineItem({
  event,
  labelOf,
  valueText = (_f, v) => plainValue(v),
  viewing,
  personName,
}: Props) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const Icon = iconOf(event.type);
  const [details, setDetails] = useState(false);
  const who = actorName(event, t);
  const p = event.payload ?? {};
  const changes =
    p.changes && typeof p.changes === 'object' ? (
      <Stack gap={2}>
        {Object.entries(p.changes as Record<string, [unknown, unknown]>).map(([field, [from, to]]) => (
          <Text key={field} size="sm" data-testid="timeline-change">
            <b>{labelOf(field)}</b>: {valueText(field, from)} → {valueText(field, to)}
          </Text>
        ))}
      </Stack>
    ) : null;
  let body: React.ReactNode;
  let title: string;
  if (event.type.endsWith('.updated') && changes && !event.type.startsWith('lead.')) {
    title = t('timeline.changed', { who });
    body = changes;
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
  } else if (event.type === 'consent.changed') {
    title = t('timeline.consentChanged', { who });
    const purpose = String(p.purpose);
    const label = (s: unknown) => (s ? t(`consent.status.${String(s)}`) : '—');
    body = (
      <Text size="sm">
        {i18n.exists(`consent.purposes.${purpose}`) ? t(`consent.purposes.${purpose}`) : purpose}:{' '}
        {label(p.previousStatus)} → {label(p.status)}
        {p.source ? ` (${consentSourceLabel(String(p.source), t, (k) => i18n.exists(k))})` : ''}
      </Text>
    );
  } else if (event.type.startsWith('deal.') && event.type !== 'deal.updated') {
    title = t(`timeline.types.${event.type.replace(/\./g, '_')}`, { who });
    body = (
      <DealEventBody
        payload={p}
        href={viewing && event.entityType === 'deal' ? dealLink(event.entityId) : undefined}
      />
    );
  } else if (event.type === 'quote.created') {
    title = t('timeline.types.quote_created', { who });
    body = <QuoteEventBody payload={p} />;
  } else if (event.type.startsWith('order.')) {
    title = t(`timeline.types.${event.type.replace(/\./g, '_')}`, { who });
    body = <OrderEventBody payload={p} at={event.at} />;
  } else {
    const view = describeEvent(event, {
      t,
      exists: (key) => i18n.exists(key),
      language: i18n.language,
      dateTime: fmt.dateTime,
      viewing,
      personName,
    });
    title = view.title;
    body = (
      <>
        {view.link && (
          <Anchor component={Link} to={view.link.to} size="sm" fw={500} data-testid="timeline-link">
            {view.link.text}
          </Anchor>
        )}
        {view.lines?.map((line, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: fixed lines of one event
          <Text key={i} size="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="timeline-line">
            {line}
          </Text>
        ))}
        {view.changes && changes}
        {view.unknown && Object.keys(p).length > 0 && (
          <>
            <Anchor
              component="button"
              type="button"
              size="xs"
              c="dimmed"
              onClick={() => setDetails((d) => !d)}
            >
              {details ? t('timeline.hideDetails') : t('timeline.details')}
            </Anchor>
            {details && <Code block>{JSON.stringify(p, null, 1)}</Code>}
          </>
        )}
      </>
    );
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
