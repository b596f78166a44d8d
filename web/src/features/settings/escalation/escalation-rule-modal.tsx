import { Modal, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormActions } from '../../../shared/form-actions.js';
import { useNotify } from '../../../shared/notify.js';
import { showSaveError } from '../../customers/person/problem-errors.js';
import {
  ESCALATION_ACTIONS,
  ESCALATION_TRIGGERS,
  type EscalationRule,
  type EscalationRuleInput,
  useEscalationMutations,
} from './escalation.api.js';
import { escalationRuleName } from './escalation-names.js';

/** New or edited escalation rule: when (overdue by N hours, or the assignee is absent) → what. */
export function EscalationRuleModal({ rule, onClose }: { rule: EscalationRule | null; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const { save } = useEscalationMutations();
  const form = useForm<EscalationRuleInput>({
    initialValues: {
      name: rule ? escalationRuleName(rule, t) : '',
      trigger: rule?.trigger ?? 'overdue',
      overdueHours: rule?.overdueHours ?? 24,
      action: rule?.action ?? 'notify_lead',
      enabled: rule?.enabled ?? true,
      position: rule?.position ?? 100,
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      overdueHours: (v, all) =>
        all.trigger === 'overdue' && (v == null || v < 0) ? t('validation.required') : null,
    },
  });
  const submit = (v: EscalationRuleInput) =>
    save.mutate(
      {
        id: rule?.id,
        input: { ...v, name: v.name.trim(), overdueHours: v.trigger === 'overdue' ? v.overdueHours : null },
      },
      {
        onSuccess: () => {
          notify.success(t('escalation.saved'));
          onClose();
        },
        onError: (err) => showSaveError(err, form.setErrors, notify.error),
      },
    );
  return (
    <Modal opened onClose={onClose} title={rule ? t('escalation.edit') : t('escalation.new')} centered>
      <form noValidate onSubmit={form.onSubmit(submit)} data-testid="escalation-form">
        <Stack>
          <TextInput label={t('escalation.fields.name')} required {...form.getInputProps('name')} />
          <Select
            label={t('escalation.fields.trigger')}
            allowDeselect={false}
            data={ESCALATION_TRIGGERS.map((v) => ({ value: v, label: t(`escalation.triggers.${v}`) }))}
            {...form.getInputProps('trigger')}
          />
          {form.values.trigger === 'overdue' && (
            <NumberInput
              label={t('escalation.fields.overdueHours')}
              min={0}
              max={24 * 365}
              allowDecimal={false}
              {...form.getInputProps('overdueHours')}
              data-testid="escalation-hours"
            />
          )}
          <Select
            label={t('escalation.fields.action')}
            allowDeselect={false}
            data={ESCALATION_ACTIONS.map((v) => ({ value: v, label: t(`escalation.actions.${v}`) }))}
            {...form.getInputProps('action')}
          />
          <NumberInput
            label={t('escalation.fields.position')}
            description={t('escalation.positionHint')}
            min={0}
            max={10_000}
            allowDecimal={false}
            {...form.getInputProps('position')}
          />
          <Switch
            label={t('escalation.fields.enabled')}
            {...form.getInputProps('enabled', { type: 'checkbox' })}
          />
          <FormActions
            onCancel={onClose}
            submitLabel={t('common.save')}
            loading={save.isPending}
            submitTestId="escalation-save"
          />
        </Stack>
      </form>
    </Modal>
  );
}
