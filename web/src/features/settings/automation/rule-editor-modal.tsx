import { Button, Group, Modal, Stack, Switch, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../../shared/notify.js';
import { ActionsEditor } from './actions-editor.js';
import { type Action, type Rule, type Trigger, useSaveRule } from './automation.api.js';
import { TriggerEditor } from './trigger-editor.js';

/** Creates or edits a rule: name, trigger, an optional condition (filter JSON) and the actions. */
export function RuleEditorModal({ rule, onClose }: { rule: Rule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveRule();
  const [name, setName] = useState(rule?.name ?? '');
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [trigger, setTrigger] = useState<Trigger>(
    rule?.trigger ?? { kind: 'record_created', entity: 'person' },
  );
  const [condition, setCondition] = useState(rule?.condition ? JSON.stringify(rule.condition, null, 2) : '');
  const [actions, setActions] = useState<Action[]>(
    rule?.actions ?? [
      { kind: 'create_task', title: '', type: 'call', dueIn: { amount: 1, unit: 'day' }, assignTo: 'owner' },
    ],
  );
  const [conditionError, setConditionError] = useState<string | null>(null);
  const submit = () => {
    let parsed: unknown = null;
    try {
      parsed = condition.trim() ? JSON.parse(condition) : null;
      setConditionError(null);
    } catch {
      setConditionError(t('automation.conditionInvalid'));
      return;
    }
    save.mutate(
      { id: rule?.id, input: { name, enabled, trigger, condition: parsed, actions } },
      {
        onSuccess: () => {
          notify.success(t('automation.saved'));
          onClose();
        },
        onError: notify.error,
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={rule ? t('automation.editRule') : t('automation.newRule')}
    >
      <Stack data-testid="rule-editor">
        <TextInput
          label={t('automation.fields.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          required
        />
        <Switch
          label={t('automation.fields.enabled')}
          checked={enabled}
          onChange={(e) => setEnabled(e.currentTarget.checked)}
        />
        <TriggerEditor value={trigger} onChange={setTrigger} />
        {trigger.kind !== 'task_overdue' && (
          <Textarea
            label={t('automation.fields.condition')}
            description={t('automation.conditionHint')}
            autosize
            minRows={2}
            value={condition}
            error={conditionError}
            onChange={(e) => setCondition(e.currentTarget.value)}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
        )}
        <ActionsEditor value={actions} onChange={setActions} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={submit} loading={save.isPending} disabled={!name.trim() || actions.length === 0}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

export const ENTITY_OPTIONS = ['person', 'company', 'deal', 'task'] as const;
export function useEntityData() {
  const { t } = useTranslation();
  return ENTITY_OPTIONS.map((e) => ({ value: e, label: t(`automation.entities.${e}`) }));
}
