import { ActionIcon, Badge, Group, Modal, Stack, Switch, Table, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateButton } from '../../../shared/create-button.js';
import { useNotify } from '../../../shared/notify.js';
import { DeleteAction, EditAction } from '../../../shared/row-actions.js';
import { QueryRowsTable } from '../../../shared/rows-table.js';
import { type Rule, useDeleteRule, useRules, useToggleRule } from './automation.api.js';
import { RuleEditorModal } from './rule-editor-modal.js';
import { RuleRunsTable } from './rule-runs-table.js';

/** Settings → Automation: the rules with an enabled toggle, an editor and each rule's run history. */
export function AutomationPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const rules = useRules();
  const toggle = useToggleRule();
  const remove = useDeleteRule();
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [history, setHistory] = useState<Rule | null>(null);
  return (
    <Stack data-testid="automation-page">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('automation.hint')}
        </Text>
        <CreateButton label={t('automation.newRule')} onClick={() => setEditing('new')} />
      </Group>
      <QueryRowsTable
        query={rules}
        empty={t('automation.empty')}
        headers={[
          t('automation.fields.enabled'),
          t('automation.fields.name'),
          t('automation.fields.trigger'),
          t('automation.fields.actions'),
          '',
        ]}
        verticalSpacing="xs"
      >
        {(r) => (
          <Table.Tr key={r.id} data-testid={`rule-${r.id}`}>
            <Table.Td>
              <Switch
                checked={r.enabled}
                aria-label={t('automation.fields.enabled')}
                onChange={(e) =>
                  toggle.mutate({ id: r.id, enabled: e.currentTarget.checked }, { onError: notify.error })
                }
              />
            </Table.Td>
            <Table.Td>{r.name}</Table.Td>
            <Table.Td>
              <Badge variant="light">{t(`automation.triggers.${r.trigger.kind}`)}</Badge>
            </Table.Td>
            <Table.Td>{r.actions.map((a) => t(`automation.actions.${a.kind}`)).join(', ')}</Table.Td>
            <Table.Td>
              <Group gap={4} justify="flex-end" wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  aria-label={t('automation.history')}
                  onClick={() => setHistory(r)}
                >
                  <IconHistory size={16} />
                </ActionIcon>
                <EditAction onClick={() => setEditing(r)} />
                <DeleteAction onClick={() => remove.mutate(r.id, { onError: notify.error })} />
              </Group>
            </Table.Td>
          </Table.Tr>
        )}
      </QueryRowsTable>
      {editing && (
        <RuleEditorModal rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      <Modal opened={history != null} onClose={() => setHistory(null)} title={history?.name} size="xl">
        {history && <RuleRunsTable ruleId={history.id} />}
      </Modal>
    </Stack>
  );
}
