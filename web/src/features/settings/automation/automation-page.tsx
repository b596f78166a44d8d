import { ActionIcon, Badge, Group, Modal, SegmentedControl, Stack, Switch, Table, Text } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateButton } from '../../../shared/create-button.js';
import { useNotify } from '../../../shared/notify.js';
import { QueryView } from '../../../shared/query-view.js';
import { ConfirmedDeleteAction, EditAction } from '../../../shared/row-actions.js';
import { RowsTable } from '../../../shared/rows-table.js';
import { useSearchParam } from '../../../shared/use-search-param.js';
import { type Rule, useDeleteRule, useRules, useToggleRule } from './automation.api.js';
import { RuleEditorModal } from './rule-editor-modal.js';
import { failingFirst } from './rule-health.js';
import { RuleHealthBadges } from './rule-health-badges.js';
import { RuleRunsTable } from './rule-runs-table.js';

/**
 * Settings → Automation: the rules with an enabled toggle, their health (failures, paused), a
 * "Failing" filter (worst first), an editor and each rule's run history. `?rule=<id>` opens that
 * rule's history: the link of a failure notification.
 */
export function AutomationPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const rules = useRules();
  const toggle = useToggleRule();
  const remove = useDeleteRule();
  const [editing, setEditing] = useState<Rule | 'new' | null>(null);
  const [historyId, setHistoryId] = useSearchParam('rule');
  const [show, setShow] = useState<'all' | 'failing'>('all');
  const history = rules.data?.find((r) => r.id === historyId) ?? null;
  const failing = failingFirst(rules.data ?? []);
  return (
    <Stack data-testid="automation-page">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {t('automation.hint')}
        </Text>
        <CreateButton label={t('automation.newRule')} onClick={() => setEditing('new')} />
      </Group>
      {(failing.length > 0 || show === 'failing') && (
        <SegmentedControl
          w="fit-content"
          value={show}
          onChange={(v) => setShow(v as 'all' | 'failing')}
          data-testid="rules-filter"
          data={[
            { value: 'all', label: t('automation.filter.all') },
            { value: 'failing', label: t('automation.filter.failing', { count: failing.length }) },
          ]}
        />
      )}
      <QueryView query={rules}>
        {(all) => (
          <RowsTable
            rows={show === 'failing' ? failing : all}
            empty={show === 'failing' ? t('automation.filter.noneFailing') : t('automation.empty')}
            headers={[
              t('automation.fields.enabled'),
              t('automation.fields.name'),
              t('automation.fields.trigger'),
              t('automation.fields.actions'),
              '',
            ]}
            verticalSpacing="xs"
            // Long Latvian and Russian trigger and action names: the table scrolls, not the page.
            minWidth={760}
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
                <Table.Td>
                  {r.name}
                  <RuleHealthBadges health={r.health} onOpen={() => setHistoryId(r.id)} />
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`automation.triggers.${r.trigger.kind}`)}</Badge>
                </Table.Td>
                <Table.Td>{r.actions.map((a) => t(`automation.actions.${a.kind}`)).join(', ')}</Table.Td>
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <ActionIcon
                      variant="subtle"
                      aria-label={t('automation.history')}
                      onClick={() => setHistoryId(r.id)}
                    >
                      <IconHistory size={16} />
                    </ActionIcon>
                    <EditAction onClick={() => setEditing(r)} />
                    <ConfirmedDeleteAction
                      title={t('automation.deleteTitle')}
                      message={t('automation.deleteText', { name: r.name })}
                      onConfirm={() => remove.mutateAsync(r.id).catch(notify.error)}
                    />
                  </Group>
                </Table.Td>
              </Table.Tr>
            )}
          </RowsTable>
        )}
      </QueryView>
      {editing && (
        <RuleEditorModal rule={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      <Modal opened={history != null} onClose={() => setHistoryId(null)} title={history?.name} size="xl">
        {history && <RuleRunsTable ruleId={history.id} />}
      </Modal>
    </Stack>
  );
}
