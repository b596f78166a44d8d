import { Button, Group, Modal, Select, Stack, Stepper, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../shared/notify.js';
import { fieldLabel, fieldsApi, fieldsKey, peopleKey } from '../customers/customers.api.js';
import {
  FIELD_TYPES,
  type FieldDefinition,
  type FieldEntity,
  type FieldType,
} from '../customers/customers.types.js';
import { type FieldDraft, hasOptions, LabelsStep, OptionsStep } from './field-wizard-steps.js';

interface Props {
  entity: FieldEntity;
  field: FieldDefinition | null;
  onClose: () => void;
}

const KEY = /^[a-z][a-z0-9_]{0,62}$/;
const clean = (l: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(l).filter(([, v]) => v?.trim())) as FieldDefinition['label'];

/** Three steps: what (entity, key, type) → labels and rules → options and index. Editing skips nothing but locks step one. */
export function FieldWizardModal({ entity, field, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const notify = useNotify();
  const [step, setStep] = useState(0);
  const [d, setD] = useState<FieldDraft>({
    entity: field?.entity ?? entity,
    key: field?.key ?? '',
    type: (field?.type ?? 'text') as FieldType,
    label: { en: '', ru: '', lv: '', ...field?.label },
    required: field?.required ?? false,
    default: field?.default ?? null,
    options: field?.options ?? [],
    indexed: field?.indexed ?? false,
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = (patch: Partial<FieldDraft>) => setD((prev) => ({ ...prev, ...patch }));
  const save = useMutation({
    mutationFn: () => {
      const options = d.options.map((o) => ({ value: o.value.trim(), label: clean(o.label) }));
      const common = {
        label: clean(d.label),
        required: d.required,
        options,
        indexed: d.indexed && d.type !== 'multi_select',
        ...(d.default === null ? {} : { default: d.default }),
      };
      return field
        ? fieldsApi.update(field.id, common)
        : fieldsApi.create({ entity: d.entity, key: d.key, type: d.type, ...common });
    },
    onSuccess: (saved) => {
      notify.success(
        t(field ? 'fields.saved' : 'fields.created', {
          name: fieldLabel(saved, i18n.resolvedLanguage ?? 'en'),
        }),
      );
      // New fields show at once in forms, list columns and the filter builder.
      void qc.invalidateQueries({ queryKey: peopleKey });
      onClose();
      return qc.invalidateQueries({ queryKey: fieldsKey });
    },
    onError: (err) => {
      notify.error(err);
    },
  });
  const next = () => {
    const e: Record<string, string> = {};
    if (step === 0 && !KEY.test(d.key)) e.key = t('fields.keyRule');
    if (step === 1 && !d.label.en.trim()) e.labelEn = t('validation.required');
    if (
      step === 2 &&
      hasOptions(d.type) &&
      (d.options.length === 0 || d.options.some((o) => !o.value.trim() || !o.label.en?.trim()))
    )
      e.options = t('fields.optionsRule');
    setErrors(e);
    if (Object.keys(e).length) return;
    if (step < 2) setStep(step + 1);
    else save.mutate();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={field ? t('fields.editTitle') : t('fields.create')}
      size="lg"
      centered
    >
      <Stepper active={step} onStepClick={(s) => s < step && setStep(s)} size="sm">
        <Stepper.Step label={t('fields.steps.what')}>
          <Stack mt="md">
            <Select
              label={t('fields.entity')}
              disabled={Boolean(field)}
              allowDeselect={false}
              data={(['person', 'company'] as const).map((e) => ({
                value: e,
                label: t(`fields.entities.${e}`),
              }))}
              value={d.entity}
              onChange={(v) => v && set({ entity: v as FieldEntity })}
            />
            <TextInput
              label={t('fields.key')}
              description={t('fields.keyHint')}
              disabled={Boolean(field)}
              value={d.key}
              error={errors.key}
              onChange={(e) => set({ key: e.currentTarget.value })}
              data-testid="field-key"
            />
            <Select
              label={t('fields.type')}
              disabled={Boolean(field)}
              allowDeselect={false}
              data={FIELD_TYPES.map((ty) => ({ value: ty, label: t(`fields.types.${ty}`) }))}
              value={d.type}
              onChange={(v) => v && set({ type: v as FieldType, default: null })}
              data-testid="field-type"
            />
          </Stack>
        </Stepper.Step>
        <Stepper.Step label={t('fields.steps.labels')}>
          <LabelsStep d={d} set={set} errors={errors} />
        </Stepper.Step>
        <Stepper.Step label={t('fields.steps.options')}>
          <OptionsStep d={d} set={set} errors={errors} />
        </Stepper.Step>
      </Stepper>
      <Group justify="space-between" mt="lg">
        <Button variant="default" onClick={() => (step ? setStep(step - 1) : onClose())}>
          {step ? t('fields.back') : t('common.cancel')}
        </Button>
        <Button onClick={next} loading={save.isPending} data-testid="field-next">
          {step < 2 ? t('fields.next') : field ? t('common.save') : t('common.create')}
        </Button>
      </Group>
    </Modal>
  );
}
