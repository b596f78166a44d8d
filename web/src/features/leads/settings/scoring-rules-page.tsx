import { Badge, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateButton } from '../../../shared/create-button.js';
import { useNotify } from '../../../shared/notify.js';
import { ErrorAlert, PageLoader } from '../../../shared/page-states.js';
import { ConfirmedDeleteAction, EditAction } from '../../../shared/row-actions.js';
import { useCan } from '../../auth/use-session.js';
import { useUserOptions } from '../../settings/settings.api.js';
import { leadFields } from '../lead-fields.js';
import { formsKey, leadsApi, rulesKey, useContactSources } from '../leads.api.js';
import type { ScoringRule } from '../leads.types.js';
import { type Describers, describeRule, matchesEveryLead } from './describe-rule.js';
import { EmptyList } from './empty-list.js';
import { RuleEditor } from './rule-editor.js';

/** Settings → Scoring rules: what adds points to a lead, and how fast event points fade. */
export function ScoringRulesPage() {
  const { t } = useTranslation();
  const can = useCan();
  const qc = useQueryClient();
  const notify = useNotify();
  const [editing, setEditing] = useState<ScoringRule | 'new' | null>(null);
  const rules = useQuery({ queryKey: rulesKey, queryFn: leadsApi.rules, select: (r) => r.data });
  const sources = useContactSources();
  const users = useUserOptions();
  const forms = useQuery({ queryKey: formsKey, queryFn: leadsApi.forms, select: (r) => r.data });
  const describers = useMemo<Describers>(
    () => ({
      t,
      fields: leadFields((s) => t(`leads.status.${s}`), sources.data ?? []),
      userName: (id) => users.data?.find((u) => u.id === id)?.name,
      formName: (id) => forms.data?.find((f) => f.id === id)?.name,
    }),
    [t, sources.data, users.data, forms.data],
  );
  const remove = useMutation({
    mutationFn: leadsApi.deleteRule,
    onSuccess: () => void qc.invalidateQueries({ queryKey: rulesKey }),
    onError: notify.error,
  });
  const manage = can('leads:manage');
  const create = manage ? () => setEditing('new') : undefined;
  return (
    <Stack data-testid="scoring-rules">
      <Group justify="space-between">
        <Title order={3}>{t('leads.rules.title')}</Title>
        {create && !editing && (
          <CreateButton label={t('leads.rules.add')} onClick={create} testId="rule-add" />
        )}
      </Group>
      <Text c="dimmed" size="sm">
        {t('leads.rules.help')}
      </Text>
      {editing && (
        <Card withBorder>
          <RuleEditor
            key={editing === 'new' ? 'new' : editing.id}
            rule={editing === 'new' ? null : editing}
            onDone={() => setEditing(null)}
          />
        </Card>
      )}
      {rules.isPending ? (
        <PageLoader />
      ) : rules.isError ? (
        <ErrorAlert error={rules.error} onRetry={() => rules.refetch()} />
      ) : rules.data.length === 0 ? (
        !editing && (
          <EmptyList
            text={t('leads.rules.empty')}
            createLabel={t('leads.rules.add')}
            onCreate={create}
            testId="rules-empty"
          />
        )
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
              <Table.Tr key={r.id} data-testid="rule-row">
                <Table.Td>{r.name}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`leads.rules.kind.${r.kind}`)}</Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" data-testid="rule-condition">
                    {describeRule(r, describers)}
                  </Text>
                  {matchesEveryLead(r) && (
                    <Text size="xs" c="orange" data-testid="rule-every-lead">
                      {t('leads.rules.everyLeadWarning')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.points}</Table.Td>
                <Table.Td>{r.halfLifeDays ?? '—'}</Table.Td>
                <Table.Td>
                  {manage && (
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <EditAction onClick={() => setEditing(r)} />
                      <ConfirmedDeleteAction
                        title={t('leads.rules.deleteTitle')}
                        message={t('leads.rules.deleteText', { name: r.name })}
                        onConfirm={() => remove.mutateAsync(r.id)}
                      />
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
