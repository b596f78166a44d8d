import { Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { leadsApi } from './leads.api.js';
import { eventTypeLabel } from './settings/describe-rule.js';

const OWN_REASONS = ['created', 'updated', 'decay'];

/** Why the score changed: the lead was created or edited, points faded, or an event (its type) arrived. */
export const reasonLabel = (reason: string, t: (key: string) => string) =>
  OWN_REASONS.includes(reason) ? t(`leads.reasons.${reason}`) : eventTypeLabel(reason, t);

/** The lead's score over time, newest first, with what changed it. */
export function ScoreHistory({ leadId, version }: { leadId: string; version: number }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const history = useQuery({
    queryKey: ['leads', 'history', leadId, version],
    queryFn: () => leadsApi.history(leadId),
    select: (r) => [...r.data].reverse(),
  });
  if (!history.data?.length) return <Text c="dimmed">{t('leads.noHistory')}</Text>;
  return (
    <Table data-testid="lead-score-history">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('leads.history.at')}</Table.Th>
          <Table.Th>{t('leads.fields.score')}</Table.Th>
          <Table.Th>{t('leads.history.reason')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {history.data.map((h) => (
          <Table.Tr key={`${h.at}-${h.score}-${h.reason}`}>
            <Table.Td>{fmt.dateTime(h.at)}</Table.Td>
            <Table.Td fw={600}>{fmt.number(h.score)}</Table.Td>
            <Table.Td>{reasonLabel(h.reason, t)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
