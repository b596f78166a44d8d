import { Button, Group, Modal, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.js';
import { useNotify } from '../../../shared/notify.js';
import type { FilterNode } from '../../customers/customers.types.js';
import { nodePathOf } from '../../customers/filter/filter-model.js';
import { ActionsEditor } from './actions-editor.js';
import { type Action, type Rule, type Trigger, useSaveRule } from './automation.api.js';
import { asGroup, ConditionEditor, conditionOf } from './condition-editor.js';
import { conditionEntity, useConditionFields } from './condition-fields.js';
import { TriggerEditor } from './trigger-editor.js';

/** Creates or edits a rule: name, trigger, an optional condition (the filter builder) and the actions. */
export function RuleEditorModal({ rule, onClose }: { rule: Rule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSaveRule();
  const [name, setName] = useState(rule?.name ?? '');
  const [enabled, setEnabled] = useState(rule?.enabled ?? true);
  const [trigger, setTrigger] = useState<Trigger>(
    rule?.trigger ?? { kind: 'record_created', entity: 'person' },
  );
  const [condition, setCondition] = useState(asGroup(rule?.condition as FilterNode | null));
  const entity = conditionEntity(trigger);
  const fields = useConditionFields(entity);
  const [actions, setActions] = useState<Action[]>(
    rule?.actions ?? [
      { kind: 'create_task', title: '', type: 'call', dueIn: { amount: 1, unit: 'day' }, assignTo: 'owner' },
    ],
  );
  const [conditionErrors, setConditionErrors] = useState<Record<string, string>>({});
  // Another record type has other fields: a condition built for the old one would not apply.
  const changeTrigger = (next: Trigger) => {
    if (conditionEntity(next) !== entity) setCondition({ and: [] });
    setTrigger(next);
  };
  const submit = () => {
    setConditionErrors({});
    save.mutate(
      {
        id: rule?.id,
        input: { name, enabled, trigger, condition: entity ? conditionOf(condition) : null, actions },
      },
      {
        onSuccess: () => {
          notify.success(t('automation.saved'));
          onClose();
        },
        onError: (err) => {
          const errors: Record<string, string> = {};
          if (err instanceof ApiError)
            for (const e of err.errors)
              if (/^(body\.)?condition/.test(e.path))
                errors[nodePathOf(e.path.replace(/^(body\.)?condition/, 'filter'))] = e.message;
          setConditionErrors(errors);
          notify.error(err);
        },
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
        <TriggerEditor value={trigger} onChange={changeTrigger} />
        {entity && (
          <ConditionEditor
            fields={fields}
            value={condition}
            errors={conditionErrors}
            onChange={setCondition}
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
