import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguageName } from '../../../shared/display-names.js';
import type { FormConsent, FormField, Localized } from '../leads.types.js';
import { EditableCardList } from './editable-card-list.js';

const TARGETS = ['fullName', 'firstName', 'lastName', 'email', 'phone', 'companyName', 'interest'];
const PURPOSES = ['data_processing', 'marketing_email', 'marketing_sms', 'marketing_push', 'marketing_phone'];
const LANGS = ['en', 'ru', 'lv'] as const;

function LocalizedInputs({
  value,
  onChange,
  label,
}: {
  value: Localized;
  onChange: (v: Localized) => void;
  label: string;
}) {
  const languageName = useLanguageName();
  return (
    <Group grow>
      {LANGS.map((l) => (
        <TextInput
          key={l}
          label={`${label} (${languageName(l)})`}
          value={value[l] ?? ''}
          onChange={(e) => onChange({ ...value, [l]: e.currentTarget.value })}
          required={l === 'en'}
        />
      ))}
    </Group>
  );
}

/** The fields of a form: key, labels in three languages, type, required, and the lead field it fills. */
export function FieldsEditor({
  fields,
  onChange,
}: {
  fields: FormField[];
  onChange: (f: FormField[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = (i18n.resolvedLanguage ?? 'en') as (typeof LANGS)[number];
  /** A value kept on the lead under the field's own name, labelled with that field's label. */
  const ownTarget = (f: FormField) =>
    t('leads.forms.ownTarget', { label: f.label[lang] || f.label.en || f.key });
  return (
    <EditableCardList
      rows={fields}
      onChange={onChange}
      controls={(f, set) => (
        <>
          <TextInput
            label={t('leads.forms.key')}
            value={f.key}
            onChange={(e) => {
              const key = e.currentTarget.value;
              // A value kept under the field's own name follows the renamed key.
              set(f.mapsTo === `custom.${f.key}` ? { key, mapsTo: `custom.${key}` } : { key });
            }}
            w={140}
          />
          <Select
            label={t('leads.forms.type')}
            data={['text', 'email', 'phone', 'textarea'].map((v) => ({
              value: v,
              label: t(`leads.forms.types.${v}`),
            }))}
            value={f.type}
            onChange={(v) => v && set({ type: v as FormField['type'] })}
            allowDeselect={false}
            w={130}
          />
          <Select
            label={t('leads.forms.mapsTo')}
            data={[
              ...TARGETS.map((v) => ({ value: v, label: t(`leads.fields.${v}`) })),
              { value: `custom.${f.key}`, label: ownTarget(f) },
            ]}
            value={f.mapsTo}
            onChange={(v) => v && set({ mapsTo: v })}
            allowDeselect={false}
            w={180}
          />
        </>
      )}
      below={(f, set) => (
        <LocalizedInputs
          label={t('leads.forms.label')}
          value={f.label}
          onChange={(label) => set({ label })}
        />
      )}
      addLabel={t('leads.forms.addField')}
      newRow={(): FormField => ({
        key: `field${fields.length + 1}`,
        label: { en: '' },
        type: 'text',
        required: false,
        mapsTo: 'interest',
      })}
    />
  );
}

/** Consent checkboxes: purpose, text (three languages), text version, required. */
export function ConsentsEditor({
  consents,
  onChange,
}: {
  consents: FormConsent[];
  onChange: (c: FormConsent[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <EditableCardList
      rows={consents}
      onChange={onChange}
      controls={(c, set) => (
        <>
          <Select
            label={t('leads.forms.purpose')}
            data={PURPOSES.map((p) => ({ value: p, label: t(`leads.forms.purposes.${p}`) }))}
            value={c.purpose}
            onChange={(v) => v && set({ purpose: v })}
            allowDeselect={false}
            w={220}
          />
          <TextInput
            label={t('leads.forms.textVersion')}
            value={c.textVersion}
            onChange={(e) => set({ textVersion: e.currentTarget.value })}
            w={120}
          />
        </>
      )}
      below={(c, set) => (
        <LocalizedInputs
          label={t('leads.forms.consentText')}
          value={c.text}
          onChange={(text) => set({ text })}
        />
      )}
      addLabel={t('leads.forms.addConsent')}
      newRow={() => ({ purpose: 'data_processing', text: { en: '' }, textVersion: 'v1', required: true })}
    />
  );
}
