import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateButton } from '../../../shared/create-button.js';
import { useNotify } from '../../../shared/notify.js';
import { ErrorAlert, PageLoader } from '../../../shared/page-states.js';
import { DeleteAction } from '../../../shared/row-actions.js';
import { useCan } from '../../auth/use-session.js';
import { leadsApi, rulesKey } from '../leads.api.js';
import type { ScoringRule } from '../leads.types.js';
import { RuleEditor } from './rule-editor.js';

const describe = (r: ScoringRule) =>
  r.kind === 'field'
    ? JSON.stringify(r.condition)
    : `${r.eventType}${r.condition ? ` ${JSON.stringify(r.condition)}` : ''}`;

/** Settings → Scoring rules: what adds points to a lead, and how fast event points fade. */
export function ScoringRulesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const qc = useQueryClient();
  const notify = useNotify();
  const [adding, setAdding] = useState(false);
  const rules = useQuery({ queryKey: rulesKey, queryFn: leadsApi.rules, select: (r) => r.data });
  const remove = useMutation({
    mutationFn: leadsApi.deleteRule,
    onSuccess: () => void qc.invalidateQueries({ queryKey: rulesKey }),
    onError: notify.error,
  });
  const manage = can('leads:manage');
  return (
    <Stack data-testid="scoring-rules">
      <Group justify="space-between">
        <Title order={3}>{t('leads.rules.title')}</Title>
        {manage && !adding && (
          <CreateButton label={t('leads.rules.add')} onClick={() => setAdding(true)} testId="rule-add" />
        )}
      </Group>
      <Text c="dimmed" size="sm">
        {t('leads.rules.help')}
      </Text>
      {adding && (
        <Card withBorder>
          <RuleEditor onDone={() => setAdding(false)} />
        </Card>
      )}
      {rules.isPending ? (
        <PageLoader />
      ) : rules.isError ? (
        <ErrorAlert error={rules.error} onRetry={() => rules.refetch()} />
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('leads.rules.name')}</Table.Th>
              <Table.Th>{t('leads.rules.kindLabel')}</Table.Th>
              <Table.Th>{t('leads.rules.condition')}</Table.Th>
              <Table.Th>{t('leads.rules.points')}</Table.Th>
              <Table.Th>{t('leads.rules.halfLife')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rules.data.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`leads.rules.kind.${r.kind}`)}</Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="xs" ff="monospace">
                    {describe(r)}
                  </Text>
                </Table.Td>
                <Table.Td>{r.points}</Table.Td>
                <Table.Td>{r.halfLifeDays ?? '—'}</Table.Td>
                <Table.Td>{manage && <DeleteAction onClick={() => remove.mutate(r.id)} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
