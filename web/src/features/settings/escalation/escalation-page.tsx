import { Button, Group, Stack, Switch, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../shared/notify.js';
import { QueryView } from '../../../shared/query-view.js';
import { DeleteAction, EditAction } from '../../../shared/row-actions.js';
import { type EscalationRule, useEscalationMutations, useEscalationRules } from './escalation.api.js';
import { EscalationRuleModal } from './escalation-rule-modal.js';

/** Settings → Escalation: what the overdue scan does with late tasks and absent assignees, in order. */
export function EscalationPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const rules = useEscalationRules();
  const { save, remove } = useEscalationMutations();
  const [editing, setEditing] = useState<EscalationRule | 'new' | null>(null);
  const when = (r: EscalationRule) =>
    r.trigger === 'overdue'
      ? t('escalation.overdueBy', { count: r.overdueHours ?? 0 })
      : t('escalation.triggers.assignee_absent');
  return (
    <Stack data-testid="escalation-page">
      <Group justify="space-between" align="flex-start">
        <Text size="sm" c="dimmed" maw={640}>
          {t('escalation.hint')}
        </Text>
        <Button
          leftSection={<IconPlus size={16} />}
          onClick={() => setEditing('new')}
          data-testid="escalation-create"
        >
          {t('escalation.new')}
        </Button>
      </Group>
      <QueryView query={rules}>
        {(data) =>
          data.length === 0 ? (
            <Text c="dimmed" data-testid="escalation-empty">
              {t('escalation.empty')}
            </Text>
          ) : (
            <Table striped verticalSpacing="xs" data-testid="escalation-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('escalation.fields.enabled')}</Table.Th>
                  <Table.Th>{t('escalation.fields.position')}</Table.Th>
                  <Table.Th>{t('escalation.fields.name')}</Table.Th>
                  <Table.Th>{t('escalation.fields.trigger')}</Table.Th>
                  <Table.Th>{t('escalation.fields.action')}</Table.Th>
                  <Table.Th />
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.map((r) => (
                  <Table.Tr key={r.id} data-testid={`escalation-${r.id}`}>
                    <Table.Td>
                      <Switch
                        checked={r.enabled}
                        aria-label={t('escalation.fields.enabled')}
                        onChange={(e) =>
                          save.mutate(
                            { id: r.id, input: { enabled: e.currentTarget.checked } },
                            { onError: notify.error },
                          )
                        }
                      />
                    </Table.Td>
                    <Table.Td>{r.position}</Table.Td>
                    <Table.Td>{r.name}</Table.Td>
                    <Table.Td>{when(r)}</Table.Td>
                    <Table.Td>{t(`escalation.actions.${r.action}`)}</Table.Td>
                    <Table.Td>
                      <Group gap={4} justify="flex-end" wrap="nowrap">
                        <EditAction onClick={() => setEditing(r)} />
                        <DeleteAction onClick={() => remove.mutate(r.id, { onError: notify.error })} />
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryView>
      {editing && (
        <EscalationRuleModal rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
