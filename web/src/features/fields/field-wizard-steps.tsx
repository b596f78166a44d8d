import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition, FieldEntity, FieldType } from '../customers/customers.types.js';
import { CustomFieldInput } from '../customers/person/custom-field-input.js';
import { type OptionDraft, OptionsEditor } from './options-editor.js';

/** What the wizard edits before it is sent. */
export interface FieldDraft {
  entity: FieldEntity;
  key: string;
  type: FieldType;
  label: Record<'en' | 'ru' | 'lv', string>;
  required: boolean;
  default: unknown;
  options: OptionDraft[];
  indexed: boolean;
}

interface StepProps {
  d: FieldDraft;
  set: (patch: Partial<FieldDraft>) => void;
  errors: Record<string, string>;
}

export const hasOptions = (type: FieldType) => type === 'select' || type === 'multi_select';

/** Step 2: the label in each language and whether a value is required. */
export function LabelsStep({ d, set, errors }: StepProps) {
  const { t } = useTranslation();
  return (
    <Stack mt="md">
      <TextInput
        label={t('fields.labelIn', { lang: t('locales.en') })}
        required
        value={d.label.en}
        error={errors.labelEn}
        onChange={(e) => set({ label: { ...d.label, en: e.currentTarget.value } })}
        data-testid="field-label-en"
      />
      <TextInput
        label={t('fields.labelIn', { lang: t('locales.ru') })}
        value={d.label.ru}
        onChange={(e) => set({ label: { ...d.label, ru: e.currentTarget.value } })}
      />
      <TextInput
        label={t('fields.labelIn', { lang: t('locales.lv') })}
        value={d.label.lv}
        onChange={(e) => set({ label: { ...d.label, lv: e.currentTarget.value } })}
      />
      <Checkbox
        label={t('fields.required')}
        checked={d.required}
        onChange={(e) => set({ required: e.currentTarget.checked })}
      />
    </Stack>
  );
}

/** Step 3: options (select types), a default value shown with the field's own input, and the index. */
export function OptionsStep({ d, set, errors }: StepProps) {
  const { t } = useTranslation();
  const preview: FieldDefinition = {
    id: '',
    entity: d.entity,
    key: d.key,
    label: { en: t('fields.default') },
    type: d.type,
    required: false,
    default: null,
    options: d.options.filter((o) => o.value),
    indexed: false,
    archived: false,
    position: 0,
    createdAt: 0,
    updatedAt: 0,
  };
  return (
    <Stack mt="md">
      {hasOptions(d.type) && (
        <OptionsEditor options={d.options} onChange={(options) => set({ options })} error={errors.options} />
      )}
      <CustomFieldInput def={preview} value={d.default} onChange={(v) => set({ default: v })} />
      {d.type !== 'multi_select' && (
        <Checkbox
          label={t('fields.indexed')}
          description={t('fields.indexedHint')}
          checked={d.indexed}
          onChange={(e) => set({ indexed: e.currentTarget.checked })}
        />
      )}
    </Stack>
  );
}
