import { ActionIcon, Button, Card, Checkbox, Group, Select, Stack, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FormConsent, FormField, Localized } from '../leads.types.js';

const TARGETS = ['firstName', 'lastName', 'email', 'phone', 'companyName', 'interest'];
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
  return (
    <Group grow>
      {LANGS.map((l) => (
        <TextInput
          key={l}
          label={`${label} (${l})`}
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
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<FormField>) =>
    onChange(fields.map((f, j) => (j === i ? { ...f, ...patch } : f)));
  return (
    <Stack gap="xs">
      {fields.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place (a key from the content would remount inputs while typing)
        <Card key={i} withBorder padding="xs">
          <Group align="end">
            <TextInput
              label={t('leads.forms.key')}
              value={f.key}
              onChange={(e) => set(i, { key: e.currentTarget.value })}
              w={140}
            />
            <Select
              label={t('leads.forms.type')}
              data={['text', 'email', 'phone', 'textarea'].map((v) => ({
                value: v,
                label: t(`leads.forms.types.${v}`),
              }))}
              value={f.type}
              onChange={(v) => v && set(i, { type: v as FormField['type'] })}
              allowDeselect={false}
              w={130}
            />
            <Select
              label={t('leads.forms.mapsTo')}
              data={[
                ...TARGETS.map((v) => ({ value: v, label: t(`leads.fields.${v}`) })),
                { value: `custom.${f.key}`, label: `custom.${f.key}` },
              ]}
              value={f.mapsTo}
              onChange={(v) => v && set(i, { mapsTo: v })}
              allowDeselect={false}
              w={180}
            />
            <Checkbox
              label={t('leads.forms.required')}
              checked={f.required}
              onChange={(e) => set(i, { required: e.currentTarget.checked })}
              mb={8}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('common.delete')}
              onClick={() => onChange(fields.filter((_, j) => j !== i))}
              mb={4}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          <LocalizedInputs
            label={t('leads.forms.label')}
            value={f.label}
            onChange={(label) => set(i, { label })}
          />
        </Card>
      ))}
      <Button
        variant="default"
        leftSection={<IconPlus size={16} />}
        onClick={() =>
          onChange([
            ...fields,
            {
              key: `field${fields.length + 1}`,
              label: { en: '' },
              type: 'text',
              required: false,
              mapsTo: 'interest',
            },
          ])
        }
      >
        {t('leads.forms.addField')}
      </Button>
    </Stack>
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
  const set = (i: number, patch: Partial<FormConsent>) =>
    onChange(consents.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <Stack gap="xs">
      {consents.map((c, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place (a key from the content would remount inputs while typing)
        <Card key={i} withBorder padding="xs">
          <Group align="end">
            <Select
              label={t('leads.forms.purpose')}
              data={PURPOSES.map((p) => ({ value: p, label: t(`leads.forms.purposes.${p}`) }))}
              value={c.purpose}
              onChange={(v) => v && set(i, { purpose: v })}
              allowDeselect={false}
              w={220}
            />
            <TextInput
              label={t('leads.forms.textVersion')}
              value={c.textVersion}
              onChange={(e) => set(i, { textVersion: e.currentTarget.value })}
              w={120}
            />
            <Checkbox
              label={t('leads.forms.required')}
              checked={c.required}
              onChange={(e) => set(i, { required: e.currentTarget.checked })}
              mb={8}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('common.delete')}
              onClick={() => onChange(consents.filter((_, j) => j !== i))}
              mb={4}
            >
              <IconTrash size={16} />
            </ActionIcon>
          </Group>
          <LocalizedInputs
            label={t('leads.forms.consentText')}
            value={c.text}
            onChange={(text) => set(i, { text })}
          />
        </Card>
      ))}
      <Button
        variant="default"
        leftSection={<IconPlus size={16} />}
        onClick={() =>
          onChange([
            ...consents,
            { purpose: 'data_processing', text: { en: '' }, textVersion: 'v1', required: true },
          ])
        }
      >
        {t('leads.forms.addConsent')}
      </Button>
    </Stack>
  );
}
