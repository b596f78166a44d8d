import { Group, Stack, Switch, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../shared/confirm-modal.js';
import { CreateButton } from '../../../shared/create-button.js';
import { useNotify } from '../../../shared/notify.js';
import { DeleteAction, EditAction } from '../../../shared/row-actions.js';
import { QueryRowsTable } from '../../../shared/rows-table.js';
import { type EscalationRule, useEscalationMutations, useEscalationRules } from './escalation.api.js';
import { escalationRuleName } from './escalation-names.js';
import { EscalationRuleModal } from './escalation-rule-modal.js';

const WRAP = { whiteSpace: 'normal' } as const;

/** Settings → Escalation: what the overdue scan does with late tasks and absent assignees, in order. */
export function EscalationPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const rules = useEscalationRules();
  const { save, remove } = useEscalationMutations();
  const [editing, setEditing] = useState<EscalationRule | 'new' | null>(null);
  // One click on the bin used to delete a rule at once (the seeded ones too): ask first.
  const [deleting, setDeleting] = useState<EscalationRule | null>(null);
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
        <CreateButton
          label={t('escalation.new')}
          onClick={() => setEditing('new')}
          testId="escalation-create"
        />
      </Group>
      <QueryRowsTable
        query={rules}
        empty={t('escalation.empty')}
        emptyTestId="escalation-empty"
        headers={[
          t('escalation.fields.enabled'),
          t('escalation.fields.position'),
          t('escalation.fields.name'),
          t('escalation.fields.trigger'),
          t('escalation.fields.action'),
          '',
        ]}
        verticalSpacing="xs"
        minWidth={640}
        data-testid="escalation-table"
      >
        {(r) => (
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
            {/* Words wrap here: long Latvian and Russian rule texts would push the page sideways. */}
            <Table.Td style={WRAP}>{escalationRuleName(r, t)}</Table.Td>
            <Table.Td style={WRAP}>{when(r)}</Table.Td>
            <Table.Td style={WRAP}>{t(`escalation.actions.${r.action}`)}</Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <EditAction onClick={() => setEditing(r)} />
                <DeleteAction onClick={() => setDeleting(r)} />
              </Group>
            </Table.Td>
          </Table.Tr>
        )}
      </QueryRowsTable>
      <ConfirmModal
        opened={deleting !== null}
        title={t('escalation.deleteTitle')}
        message={t('escalation.deleteText', { name: deleting ? escalationRuleName(deleting, t) : '' })}
        confirmLabel={t('common.delete')}
        loading={remove.isPending}
        onConfirm={() =>
          deleting &&
          remove.mutate(deleting.id, { onSuccess: () => setDeleting(null), onError: notify.error })
        }
        onClose={() => setDeleting(null)}
      />
      {editing && (
        <EscalationRuleModal rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
